using Kaggle.Runner.Report;
using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, last step: writes the run's report (report.html) into the staged run folder, beside run.json and the
/// prediction files, so it appears with them. A report that cannot be built costs a warning, not the run.
/// </summary>
internal static class ReportStep
{
    public static void Run(RunContext context, RunRecord record, string stagedRunFolder)
    {
        var history = context.Store.All().Where(r => r.RunId != record.RunId).Append(record).ToList();
        try
        {
            RunReport.Write(stagedRunFolder, ReportInput.Load(stagedRunFolder, record, history, context.Config));
            context.Console.MarkupLineInterpolated($"[green]Report[/]: {context.Store.Relative(Path.Combine(context.Store.RunFolder(record.RunId), RunReport.FileName))}");
        }
#pragma warning disable CA1031 // The run is recorded already; a report bug must not roll it back. `report` rebuilds it later.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Console.MarkupLineInterpolated($"[yellow]Report not written[/]: {e.GetType().Name}: {e.Message} (the run is kept; `--target=Report` retries).");
        }
    }
}
