using Kaggle.Core.IO;
using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, step 3: when a recorded run has the same fingerprint (data, code, parameters) and its submission is intact,
/// it becomes the latest run again and training stops there, unless --force is given.
/// </summary>
internal static class ReuseStep
{
    public static RunRecord? Run(RunContext context, RunInputs inputs)
    {
        if (context.Options.Force) return null;
        var previous = context.Store.All()
            .Where(r => r.Fingerprint == inputs.Fingerprint)
            .Reverse()
            .FirstOrDefault(r =>
            {
                var path = Path.Combine(context.Options.RepositoryRoot, r.Submission.Path);
                return File.Exists(path) && ContentHash.OfFile(path) == r.Submission.Sha256;
            });
        if (previous is null) return null;
        context.Store.SetLatest(previous);
        context.Console.MarkupLineInterpolated(
            $"[green]Train[/]: inputs unchanged since run {previous.RunId} (data, code and parameters hash {inputs.Fingerprint[..12]}); reusing it. Pass --force to retrain.");
        return previous;
    }
}
