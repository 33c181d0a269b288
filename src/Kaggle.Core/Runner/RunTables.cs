using System.Globalization;
using Kaggle.Core.Runs;
using Kaggle.Core.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kaggle.Core.Runner;

/// <summary>The tables the stages print: fold scores and timings after Train, and CV against public score for Runs.</summary>
internal static class RunTables
{
    public static IRenderable Folds(IReadOnlyList<CrossValidationResult> members, CrossValidationResult final)
    {
        var all = members.Contains(final) ? members : [.. members, final];
        var foldCount = all.Max(r => r.Folds.Count);
        var table = new Table().Border(TableBorder.Rounded).Title($"cross-validation ({final.Metric}, {(final.HigherIsBetter ? "higher" : "lower")} is better)");
        table.AddColumn("model");
        for (var f = 0; f < foldCount; f++) table.AddColumn(new TableColumn($"f{f + 1}").RightAligned());
        table.AddColumn(new TableColumn("mean ± std").RightAligned());
        table.AddColumn(new TableColumn("oof").RightAligned());
        table.AddColumn(new TableColumn("time").RightAligned());
        foreach (var result in all)
        {
            var cells = new List<string> { Markup.Escape(result.Model) + (ReferenceEquals(result, final) ? " [green](submitted)[/]" : "") };
            for (var f = 0; f < foldCount; f++)
                cells.Add(f < result.Folds.Count ? F(result.Folds[f].Score) : "");
            cells.Add($"{F(result.Mean)} ± {F(result.Std)}");
            cells.Add(F(result.OutOfFoldScore));
            cells.Add(result.Seconds.ToString("0.0s", CultureInfo.InvariantCulture));
            table.AddRow(cells.ToArray());
        }
        if (foldCount > 8) table.Caption("fold columns: every fold of every repeat, in order");
        if (!members.Contains(final)) table.Caption(Markup.Escape($"{final.Model}: {final.Parameters}"));
        return table;
    }

    public static IRenderable Runs(IReadOnlyList<RunRecord> runs)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("runs");
        table.AddColumns("run", "model", "metric", "CV mean ± std", "oof", "public LB", "commit");
        foreach (var run in runs)
            table.AddRow(
                Markup.Escape(run.RunId),
                Markup.Escape(run.Final),
                run.Cv.Metric,
                $"{F(run.Cv.Mean)} ± {F(run.Cv.Std)}",
                F(run.Cv.OofScore),
                run.PublicScore is { } score ? F(score) : "-",
                Markup.Escape(run.Git.Commit.Length >= 8 ? run.Git.Commit[..8] + (run.Git.Dirty ? "+" : "") : run.Git.Commit));
        return table;
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
