using Kaggle.Runner.Report.Svg;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// Per model, the features it leaned on, averaged over its fold fits with a ±std whisker: gain for trees and boosters,
/// coefficients for linear models (on the scale of the features the learner got, standardised ones in most pipelines).
/// </summary>
internal static class ImportanceSection
{
    public const string Id = "importance";

    /// <summary>How many features each chart shows.</summary>
    public const int Shown = 15;

    public static ReportSection Build(ReportInput input)
    {
        const string Title = "Feature importance";
        var importance = input.Run.Importance;
        if (importance.Count == 0)
            return ReportSection.Missing(Id, Title, "No model of this run exposes feature importances or coefficients (or the run was recorded before they were).");
        var figures = importance.OrderBy(p => p.Key, StringComparer.Ordinal).Select((p, k) =>
        {
            var bars = p.Value.Features.Take(Shown).Select(w => (w.Feature, w.Mean, w.Std)).ToList();
            var caption = $"{p.Key}: {p.Value.Kind}, top {bars.Count} of {p.Value.FeatureCount} features";
            return (caption, bars.Count == 0 ? Html.Note("no features") : BarChart.Render(bars, Palette.Colour(k)));
        });
        return new ReportSection(Id, Title, Html.Figures(figures));
    }
}
