using Kaggle.Runner.Report.Svg;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// The competition's history: every recorded run's CV (mean ± std) and public score, oldest first, as a chart and a
/// table (the newest runs first) with the gap between them as the Runs table signs it (+ when the leaderboard scored
/// better, whatever the metric's direction), with this run marked.
/// </summary>
internal static class HistorySection
{
    public const string Id = "history";

    /// <summary>How many runs the table lists.</summary>
    public const int Listed = 20;

    public static ReportSection Build(ReportInput input)
    {
        const string Title = "Competition history";
        var runs = input.History.Where(r => r.Cv.Metric == input.Run.Cv.Metric).ToList();
        if (runs.Count == 0) return ReportSection.Missing(Id, Title, "No recorded run of this competition.");
        var index = runs.Select((r, k) => (r, X: (double)(k + 1))).ToList();
        var plot = new SvgPlot("run (oldest first)", input.Run.Cv.Metric) { X = (0.5, runs.Count + 0.5), WholeX = true, Legend = input.Run.Cv.HigherIsBetter ? LegendCorner.BottomRight : LegendCorner.TopRight }
            .Line(index.Select(p => (p.X, p.r.Cv.Mean)), Palette.Colour(0), "CV mean")
            .Points(index.Select(p => (p.X, p.r.Cv.Mean)), Palette.Colour(0))
            .Points(index.Where(p => p.r.PublicScore is not null).Select(p => (p.X, p.r.PublicScore!.Value)), Palette.Colour(1), "public score")
            .Points(index.Where(p => p.r.RunId == input.Run.RunId).Select(p => (p.X, p.r.Cv.Mean)), Palette.Colour(2), "this run");
        var rows = runs.AsEnumerable().Reverse().Take(Listed).Select(r => new[]
        {
            r.RunId == input.Run.RunId ? $"<strong>{Html.E(r.RunId)}</strong>" : Html.E(r.RunId),
            Html.E(r.Final),
            $"{Html.N(r.Cv.Mean)} <span class=\"muted\">± {Html.N(r.Cv.Std)}</span>",
            Html.N(r.PublicScore),
            r.PublicScore is { } score ? Html.N(r.Cv.HigherIsBetter ? score - r.Cv.Mean : r.Cv.Mean - score) : "–",
            Html.E(r.Git.Commit.Length > 8 ? r.Git.Commit[..8] : r.Git.Commit) + (r.Git.Dirty ? " <span class=\"tag\">dirty</span>" : ""),
        });
        var caption = runs.Count == 1 ? "the first recorded run" : $"{runs.Count} runs";
        return new ReportSection(Id, Title, Html.Figures([(caption, plot.Render())])
            + Html.Table(["run", "submitted", "CV", "public", "gap (+: leaderboard better)", "commit"], rows, "history"));
    }
}
