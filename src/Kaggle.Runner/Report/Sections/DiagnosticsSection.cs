using System.Globalization;
using System.Text;
using Kaggle.Runner.Report.Svg;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// Out-of-fold diagnostics of the submitted model, by task: ROC, precision–recall and calibration curves (binary), a
/// confusion matrix (multiclass), residuals against predictions (regression).
/// </summary>
internal static class DiagnosticsSection
{
    public const string Id = "diagnostics";

    private const string Title = "Out-of-fold diagnostics";

    public static ReportSection Build(ReportInput input)
    {
        var final = input.Run.Final;
        var target = input.Target;
        if (target is null || ReportInput.Predictions(input.OutOfFold, final) is not { } predictions)
            return ReportSection.Missing(Id, Title, $"No out-of-fold predictions of '{final}' (oof.csv is missing or lacks its column).");
        return input.Task switch
        {
            TaskKind.Binary => Binary(final, target, predictions[^1]),
            TaskKind.Multiclass => Multiclass(final, target, predictions, input.Labels),
            _ => Regression(final, target, predictions[0]),
        };
    }

    private static ReportSection Binary(string model, double[] y, double[] score)
    {
        var (roc, auc) = BinaryCurves.Roc(y, score);
        var (pr, ap) = BinaryCurves.PrecisionRecall(y, score);
        var calibration = BinaryCurves.Calibration(y, score);
        var prevalence = y.Average(v => v > 0.5 ? 1.0 : 0.0);
        var unit = (0.0, 1.0);
        var rocPlot = new SvgPlot("false positive rate", "true positive rate") { X = unit, Y = unit, Legend = LegendCorner.BottomRight }
            .Line([(0, 0), (1, 1)], Palette.Axis, "chance", dashed: true)
            .Line(roc, Palette.Colour(0), string.Create(CultureInfo.InvariantCulture, $"AUC {auc:F4}"));
        var prPlot = new SvgPlot("recall", "precision") { X = unit, Y = unit, Legend = LegendCorner.BottomLeft }
            .Line([(0, prevalence), (1, prevalence)], Palette.Axis, "base rate", dashed: true)
            .Line(pr, Palette.Colour(1), string.Create(CultureInfo.InvariantCulture, $"AP {ap:F4}"));
        var calibrationPlot = new SvgPlot("mean predicted probability", "share of positives") { X = unit, Y = unit, Legend = LegendCorner.TopLeft }
            .Line([(0, 0), (1, 1)], Palette.Axis, "perfect", dashed: true)
            .Line(calibration.Select(b => (b.MeanScore, b.Positives)), Palette.Colour(4), "10 bins")
            .Points(calibration.Select(b => (b.MeanScore, b.Positives)), Palette.Colour(4));
        return new ReportSection(Id, Title, Html.Figures(
        [
            ($"{model}: ROC curve", rocPlot.Render()),
            ($"{model}: precision–recall", prPlot.Render()),
            ($"{model}: calibration ({string.Join(", ", calibration.Select(b => b.Count))} rows per bin)", calibrationPlot.Render()),
        ]));
    }

    private static ReportSection Multiclass(string model, double[] y, double[][] probabilities, IReadOnlyList<string> labels)
    {
        var k = probabilities.Length;
        var counts = new int[k, k];
        for (var i = 0; i < y.Length; i++)
        {
            if (double.IsNaN(probabilities[0][i])) continue;
            var predicted = 0;
            for (var c = 1; c < k; c++) if (probabilities[c][i] > probabilities[predicted][i]) predicted = c;
            var actual = (int)y[i];
            if (actual >= 0 && actual < k) counts[actual, predicted]++;
        }
        string Label(int c) => c < labels.Count ? labels[c] : c.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder("<table class=\"confusion\"><thead><tr><th>actual \\ predicted</th>");
        for (var c = 0; c < k; c++) html.Append("<th>").Append(Html.E(Label(c))).Append("</th>");
        html.Append("<th>recall</th></tr></thead><tbody>");
        for (var a = 0; a < k; a++)
        {
            var total = Enumerable.Range(0, k).Sum(p => counts[a, p]);
            html.Append("<tr><th>").Append(Html.E(Label(a))).Append("</th>");
            for (var p = 0; p < k; p++)
            {
                var share = total == 0 ? 0 : (double)counts[a, p] / total;
                var colour = a == p ? "78,121,167" : "225,87,89";
                html.Append(CultureInfo.InvariantCulture, $"<td style=\"background:rgba({colour},{share * 0.85:F2})\" title=\"{share:P1}\">{counts[a, p]}</td>");
            }
            html.Append("<td>").Append(Html.N(total == 0 ? double.NaN : (double)counts[a, a] / total, 3)).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        return new ReportSection(Id, Title, $"<p>{Html.E(model)}: rows are the true class, columns the most probable one; shading is the share of the row.</p>{html}");
    }

    private static ReportSection Regression(string model, double[] y, double[] prediction)
    {
        var points = Enumerable.Range(0, y.Length).Select(i => (prediction[i], y[i] - prediction[i])).Where(p => double.IsFinite(p.Item1)).ToList();
        var (x0, x1) = Ticks.Padded(points.Select(p => p.Item1), 0.02);
        var residuals = new SvgPlot("out-of-fold prediction", "residual (target − prediction)")
            .Line([(x0, 0), (x1, 0)], Palette.Axis, dashed: true)
            .Points(points, Palette.Colour(0));
        var fit = new SvgPlot("out-of-fold prediction", "target") { Legend = LegendCorner.TopLeft }
            .Line([(x0, x0), (x1, x1)], Palette.Axis, "y = x", dashed: true)
            .Points(points.Select((p, i) => (p.Item1, p.Item1 + p.Item2)), Palette.Colour(4));
        return new ReportSection(Id, Title, Html.Figures(
        [
            ($"{model}: residuals against predictions ({points.Count} rows)", residuals.Render()),
            ($"{model}: target against prediction", fit.Render()),
        ]));
    }
}
