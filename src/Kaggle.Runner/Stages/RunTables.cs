using System.Globalization;
using Kaggle.Runner.Runs;
using Kaggle.Core.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kaggle.Runner.Stages;

/// <summary>The tables the stages print: fold scores and timings after Train, and CV against public score for Runs.</summary>
internal static class RunTables
{
    /// <summary>
    /// One row per model: the score of each fold (averaged over repeats when there are several, since fold k of each
    /// repeat holds different rows), the mean ± std over every fit, with several seeds the mean ± std of the per-seed
    /// means, the out-of-fold score, and the fitting time.
    /// </summary>
    public static IRenderable Folds(IReadOnlyList<CrossValidationResult> members, CrossValidationResult final)
    {
        var all = members.Contains(final) ? members : [.. members, final];
        var foldCount = all.Max(r => r.Folds.Max(f => f.Fold) + 1);
        var repeats = all.Max(r => r.Folds.Max(f => f.Repeat) + 1);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"cross-validation: {final.Metric}, {(final.HigherIsBetter ? "higher" : "lower")} is better");
        table.AddColumn("model");
        for (var f = 0; f < foldCount; f++) table.AddColumn(new TableColumn($"fold {f + 1}").RightAligned());
        table.AddColumn(new TableColumn("mean").RightAligned());
        table.AddColumn(new TableColumn("± std").RightAligned());
        if (repeats > 1) table.AddColumn(new TableColumn("seeds: mean ± std").RightAligned());
        table.AddColumn(new TableColumn("oof").RightAligned());
        table.AddColumn(new TableColumn("time").RightAligned());
        foreach (var result in all)
        {
            var cells = new List<string> { Markup.Escape(result.Model) + (ReferenceEquals(result, final) ? "[green]*[/]" : "") };
            for (var f = 0; f < foldCount; f++)
            {
                var scores = result.Folds.Where(x => x.Fold == f).Select(x => x.Score).ToArray();
                cells.Add(scores.Length == 0 ? "" : F(scores.Average()));
            }
            cells.Add(F(result.Mean));
            cells.Add(F(result.Std));
            if (repeats > 1) cells.Add($"{F(result.SeedMeans.Average())} ± {F(result.SeedStd)}");
            cells.Add(F(result.OutOfFoldScore));
            cells.Add(result.Seconds.ToString("0.0s", CultureInfo.InvariantCulture));
            table.AddRow(cells.ToArray());
        }
        var notes = new List<string> { $"* submitted; {repeats} repeat(s) × {foldCount} folds" + (repeats > 1 ? ", fold columns averaged over repeats, seeds: std of the per-seed means" : "") };
        if (!members.Contains(final)) notes.Add($"{final.Model}: {final.Parameters}");
        table.Caption(Markup.Escape(string.Join("; ", notes)));
        return table;
    }

    /// <summary>
    /// One row per run: CV against public score, and the gap between them (public minus CV, signed so + means the
    /// leaderboard scored better), marked <c>!</c> when it exceeds <see cref="LeaderboardGap.FoldStds"/> fold stds.
    /// </summary>
    public static IRenderable Runs(IReadOnlyList<RunRecord> runs)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("runs")
            .Caption($"gap: public LB − CV mean, + when the leaderboard scored better; ! beyond {LeaderboardGap.FoldStds:0} fold std");
        table.AddColumns("run", "model", "metric", "CV mean ± std", "oof", "public LB");
        table.AddColumn(new TableColumn("gap").RightAligned());
        table.AddColumn("commit");
        foreach (var run in runs)
            table.AddRow(
                Markup.Escape(run.RunId),
                Markup.Escape(run.Final),
                run.Cv.Metric,
                $"{F(run.Cv.Mean)} ± {F(run.Cv.Std)}",
                F(run.Cv.OofScore),
                run.PublicScore is { } score ? F(score) : "-",
                Gap(LeaderboardGap.Of(run)),
                Markup.Escape(run.Git.Commit.Length >= 8 ? run.Git.Commit[..8] + (run.Git.Dirty ? "+" : "") : run.Git.Commit));
        return table;
    }

    private static string Gap(LeaderboardGap? gap) => gap switch
    {
        null => "-",
        { Surprising: true } => $"[yellow]{Signed(gap.Gap)} ![/]",
        _ => Signed(gap.Gap),
    };

    private static string Signed(double value) => value.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);

    /// <summary>The first ten rows of the public leaderboard, and our best public score beside them when there is one.</summary>
    public static IRenderable Leaderboard(IReadOnlyList<LeaderboardRow> rows, double? ours, bool higherIsBetter)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("public leaderboard")
            .Caption(higherIsBetter ? "higher is better" : "lower is better");
        table.AddColumn(new TableColumn("rank").RightAligned());
        table.AddColumn("team");
        table.AddColumn(new TableColumn("score").RightAligned());
        foreach (var row in rows.Take(10))
            table.AddRow(row.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(row.Team), row.Score is { } s ? s.ToString("0.00000", CultureInfo.InvariantCulture) : "-");
        if (rows.Count == 0) table.AddRow("", "(no rows)", "");
        if (ours is { } score) table.AddRow("", "[green]our best run[/]", score.ToString("0.00000", CultureInfo.InvariantCulture));
        return table;
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
