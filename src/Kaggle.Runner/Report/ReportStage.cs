using Spectre.Console;

namespace Kaggle.Runner.Report;

/// <summary>
/// The <c>report</c> verb: rebuilds report.html for a recorded run (<c>--run=&lt;id&gt;</c>, default the latest) from its
/// run.json, its prediction files and the competition's other runs, e.g. after a public score arrived or the report
/// gained a section.
/// </summary>
public sealed class ReportStage(RunContext context)
{
    public string Run()
    {
        var store = context.Store;
        var runId = context.Options.Run ?? store.Latest()?.RunId
            ?? throw new StageException($"{context.Config.Slug} has no recorded run yet (no {store.Relative(store.LatestPath)}); run --target=Train first.");
        if (!File.Exists(store.RecordPath(runId)))
        {
            var known = store.All().Select(r => r.RunId).TakeLast(5).ToList();
            throw new StageException($"--run={runId}: no run record at {store.Relative(store.RecordPath(runId))}."
                + (known.Count == 0 ? " The competition has no recorded run." : $" Recent runs: {string.Join(", ", known)}."));
        }
        var record = store.Read(runId);
        var path = RunReport.Write(store.RunFolder(runId), ReportInput.Load(store.RunFolder(runId), record, store.All(), context.Config));
        context.Console.MarkupLineInterpolated($"[green]Report[/]: {store.Relative(path)}");
        return path;
    }
}
