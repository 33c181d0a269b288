using Kaggle.Core.Metrics;
using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner.Stages;

/// <summary>
/// Prints every recorded run of the competition: CV against public leaderboard score. When Kaggle credentials exist,
/// uploads whose score was not known yet (made without --wait, or still pending) are looked up first and written into
/// their run records, so the table shows every score Kaggle has given; then the top of the public leaderboard, with
/// where the best public score of these runs falls in it. A run whose public score lies further from its CV than its
/// fold spread explains is flagged in the table and warned about.
/// </summary>
public sealed class RunsStage(RunContext context)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var runs = context.Store.All();
        if (runs.Count == 0)
        {
            context.Console.MarkupLineInterpolated($"No runs of {context.Config.Slug} yet.");
            return;
        }
        var online = context.Kaggle is { } service && service.TryDescribeCredentials(out _);
        if (online && runs.Any(r => r.Uploads.Any(u => u.PublicScore is null)))
            runs = await RefreshScoresAsync(context.Kaggle!, runs, cancellationToken).ConfigureAwait(false);
        context.Console.Write(RunTables.Runs(runs));
        WarnAboutGaps(runs);
        if (online)
            await LeaderboardAsync(context.Kaggle!, runs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One warning per run whose public score lies outside what its fold spread predicts (<see cref="LeaderboardGap"/>).</summary>
    private void WarnAboutGaps(IReadOnlyList<RunRecord> runs)
    {
        foreach (var run in runs)
        {
            if (LeaderboardGap.Of(run) is not { Surprising: true } gap) continue;
            context.Console.MarkupLineInterpolated(
                $"[yellow]Runs[/]: run {run.RunId}'s public score {run.PublicScore:F4} is {Math.Abs(gap.Gap):F4} {(gap.Gap > 0 ? "better" : "worse")} than its CV {run.Cv.Mean:F4}, more than {LeaderboardGap.FoldStds:0} × its fold std ({run.Cv.Std:F4}): the test set may differ from train (adversarial validation), CV may leak, or the public split is too small to trust.");
        }
    }

    /// <summary>How many leaderboard rows are read to place our best score.</summary>
    public const int LeaderboardRows = 1000;

    /// <summary>Prints the top of the public leaderboard and where our best public score would place; a failure here only warns.</summary>
    private async Task LeaderboardAsync(IKaggleService kaggle, IReadOnlyList<RunRecord> runs, CancellationToken cancellationToken)
    {
        IReadOnlyList<LeaderboardRow> rows;
        try
        {
            rows = await kaggle.GetLeaderboardAsync(context.Config.Slug, LeaderboardRows, cancellationToken).ConfigureAwait(false);
        }
        catch (StageException e)
        {
            context.Console.MarkupLineInterpolated($"[yellow]Runs[/]: the public leaderboard could not be read: {e.Message}");
            return;
        }
        var higherIsBetter = Metric.FromName(context.Config.Metric).HigherIsBetter;
        var scores = runs.Select(r => r.PublicScore).OfType<double>().ToArray();
        double? best = scores.Length == 0 ? null : higherIsBetter ? scores.Max() : scores.Min();
        context.Console.Write(RunTables.Leaderboard(rows, best, higherIsBetter));
        if (best is not { } ours || rows.Count == 0) return;
        var ahead = rows.Count(r => r.Score is { } s && (higherIsBetter ? s > ours : s < ours));
        if (ahead < rows.Count)
            context.Console.MarkupLineInterpolated($"[green]Runs[/]: our best public score {ours:F5} would place #{ahead + 1} on the public leaderboard.");
        else
            context.Console.MarkupLineInterpolated($"[green]Runs[/]: our best public score {ours:F5} is below the top {rows.Count} (#{rows.Count}: {rows[^1].Score:F5}).");
    }

    private async Task<IReadOnlyList<RunRecord>> RefreshScoresAsync(IKaggleService kaggle, IReadOnlyList<RunRecord> runs, CancellationToken cancellationToken)
    {
        var known = (await kaggle.ListSubmissionsAsync(context.Config.Slug, cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.Reference);
        var latest = context.Store.Latest();
        var refreshed = 0;
        var updated = new List<RunRecord>(runs.Count);
        foreach (var run in runs)
        {
            var uploads = run.Uploads.Select(u =>
                u.PublicScore is null && known.TryGetValue(u.Reference, out var now) && now.PublicScore is not null
                    ? u with { Status = now.Status, PublicScore = now.PublicScore }
                    : u).ToList();
            var changed = uploads.Zip(run.Uploads).Count(p => !ReferenceEquals(p.First, p.Second));
            if (changed == 0)
            {
                updated.Add(run);
                continue;
            }
            refreshed += changed;
            var record = run with { Uploads = uploads, PublicScore = uploads.LastOrDefault(u => u.PublicScore is not null)?.PublicScore ?? run.PublicScore };
            context.Store.Save(record);
            if (latest?.RunId == record.RunId) context.Store.SetLatest(record);
            updated.Add(record);
        }
        if (refreshed > 0)
            context.Console.MarkupLineInterpolated($"[green]Runs[/]: {refreshed} public score(s) fetched from Kaggle and recorded.");
        return updated;
    }
}
