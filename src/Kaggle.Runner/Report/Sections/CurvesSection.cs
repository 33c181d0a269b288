using Kaggle.Runner.Report.Svg;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// Learning curves: for networks, the loss (and metric) per epoch read from the training logs, training and validation;
/// for boosters that watched a validation set, the validation loss per boosting round. Means over the fold fits.
/// </summary>
internal static class CurvesSection
{
    public const string Id = "curves";

    public static ReportSection Build(ReportInput input)
    {
        const string Title = "Learning curves";
        var figures = new List<(string, string)>();
        var colour = 0;
        foreach (var (topic, lines) in input.Run.Logs.Where(p => p.Key.EndsWith(" training", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var model = topic[..^" training".Length];
            var curves = EpochLog.Curves(lines);
            foreach (var group in curves.Keys.Where(k => !k.StartsWith("validation ", StringComparison.Ordinal)))
            {
                var plot = new SvgPlot("epoch", group) { WholeX = true };
                plot.Line(curves[group], Palette.Colour(0), "training");
                if (curves.TryGetValue("validation " + group, out var validation)) plot.Line(validation, Palette.Colour(1), "validation");
                figures.Add(($"{model}: {group} per epoch (mean over fold fits)", plot.Render()));
            }
            colour++;
        }
        foreach (var (model, curve) in input.Run.Curves.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var points = curve.Mean.Select((v, r) => ((double)(r + 1), v));
            var plot = new SvgPlot("boosting round", curve.Metric) { WholeX = true }.Line(points, Palette.Colour(colour++), curve.Metric);
            if (curve.Metric.Contains("loss", StringComparison.Ordinal))
            {
                var best = curve.Mean.Select((v, r) => (v, r)).MinBy(p => p.v);
                plot.Points([(best.r + 1, best.v)], Palette.Colour(2), $"best: round {best.r + 1}");
            }
            figures.Add(($"{model}: {curve.Metric} per round (mean over {curve.Fits} fold fits)", plot.Render()));
        }
        return figures.Count == 0
            ? ReportSection.Missing(Id, Title, "No training log with epochs, and no booster watched a validation set (set EarlyStopping or a validation fraction to record one).")
            : new ReportSection(Id, Title, Html.Figures(figures));
    }
}
