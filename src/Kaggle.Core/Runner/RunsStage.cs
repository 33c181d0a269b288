using Kaggle.Core.Runs;
using Spectre.Console;

namespace Kaggle.Core.Runner;

/// <summary>
/// Prints every recorded run of the competition: CV against public leaderboard score. When Kaggle credentials exist,
/// uploads whose score was not known yet (made without --wait, or still pending) are looked up first and written into
/// their run records, so the table shows every score Kaggle has given.
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
        if (runs.Any(r => r.Uploads.Any(u => u.PublicScore is null)) && context.Kaggle is { } kaggle && kaggle.TryDescribeCredentials(out _))
            runs = await RefreshScoresAsync(kaggle, runs, cancellationToken).ConfigureAwait(false);
        context.Console.Write(RunTables.Runs(runs));
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
