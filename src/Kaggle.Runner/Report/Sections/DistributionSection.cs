using System.Globalization;
using Kaggle.Runner.Report.Svg;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// The submitted model's test predictions against its out-of-fold ones: two density histograms on one scale (binary and
/// regression), or the share of rows predicted as each class (multiclass). A test distribution unlike the out-of-fold
/// one says the test rows differ, or the model extrapolates.
/// </summary>
internal static class DistributionSection
{
    public const string Id = "distribution";

    private const int Bins = 30;

    public static ReportSection Build(ReportInput input)
    {
        const string Title = "Test against out-of-fold predictions";
        var final = input.Run.Final;
        var oof = ReportInput.Predictions(input.OutOfFold, final);
        var test = ReportInput.Predictions(input.Test, final);
        if (oof is null || test is null)
            return ReportSection.Missing(Id, Title, $"The run folder lacks the out-of-fold or test predictions of '{final}'.");
        if (oof.Length > 1 && input.Task == TaskKind.Multiclass) return new ReportSection(Id, Title, Classes(final, oof, test, input.Labels));
        var (a, b) = (oof[^1].Where(double.IsFinite).ToArray(), test[^1].Where(double.IsFinite).ToArray());
        var (min, max) = Ticks.Padded(a.Concat(b), 0.0);
        var plot = new SvgPlot(input.Task == TaskKind.Binary ? "predicted probability" : "prediction", "density")
            .Line(Histogram(a, min, max), Palette.Colour(0), $"out-of-fold ({a.Length})", fill: true)
            .Line(Histogram(b, min, max), Palette.Colour(1), $"test ({b.Length})", fill: true);
        var caption = $"{final}: mean {Html.G(Mean(a))} (out-of-fold) against {Html.G(Mean(b))} (test); std {Html.G(Std(a))} against {Html.G(Std(b))}";
        return new ReportSection(Id, Title, Html.Figures([(caption, plot.Render())]));
    }

    /// <summary>A density histogram as a step outline: (edge, density) pairs over <see cref="Bins"/> equal bins.</summary>
    public static List<(double X, double Y)> Histogram(double[] values, double min, double max)
    {
        var counts = new double[Bins];
        var width = (max - min) / Bins;
        foreach (var v in values) counts[Math.Clamp((int)((v - min) / width), 0, Bins - 1)]++;
        var points = new List<(double X, double Y)>();
        for (var k = 0; k < Bins; k++)
        {
            var density = values.Length == 0 ? 0 : counts[k] / values.Length / width;
            points.Add((min + k * width, density));
            points.Add((min + (k + 1) * width, density));
        }
        return points;
    }

    private static string Classes(string model, double[][] oof, double[][] test, IReadOnlyList<string> labels)
    {
        var (a, b) = (Shares(oof), Shares(test));
        var plot = new SvgPlot("class", "share of rows predicted") { X = (-0.5, oof.Length - 0.5) }
            .Line(a.Select((s, c) => ((double)c, s)), Palette.Colour(0), "out-of-fold").Points(a.Select((s, c) => ((double)c, s)), Palette.Colour(0))
            .Line(b.Select((s, c) => ((double)c, s)), Palette.Colour(1), "test").Points(b.Select((s, c) => ((double)c, s)), Palette.Colour(1));
        var names = string.Join(", ", Enumerable.Range(0, oof.Length).Select(c => $"{c} = {(c < labels.Count ? labels[c] : c.ToString(CultureInfo.InvariantCulture))}"));
        return Html.Figures([($"{model}: most probable class ({names})", plot.Render())]);
    }

    private static double[] Shares(double[][] probabilities)
    {
        var shares = new double[probabilities.Length];
        var rows = 0;
        for (var i = 0; i < probabilities[0].Length; i++)
        {
            if (double.IsNaN(probabilities[0][i])) continue;
            var best = 0;
            for (var c = 1; c < probabilities.Length; c++) if (probabilities[c][i] > probabilities[best][i]) best = c;
            shares[best]++;
            rows++;
        }
        return [.. shares.Select(s => rows == 0 ? 0 : s / rows)];
    }

    private static double Mean(double[] v) => v.Length == 0 ? double.NaN : v.Average();

    private static double Std(double[] v)
    {
        var mean = Mean(v);
        return v.Length == 0 ? double.NaN : Math.Sqrt(v.Average(x => (x - mean) * (x - mean)));
    }
}
