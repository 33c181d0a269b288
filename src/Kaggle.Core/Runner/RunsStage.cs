using Spectre.Console;

namespace Kaggle.Core.Runner;

/// <summary>Prints every recorded run of the competition: CV against public leaderboard score.</summary>
public sealed class RunsStage(RunContext context)
{
    public void Run()
    {
        var runs = context.Store.All();
        if (runs.Count == 0)
        {
            context.Console.MarkupLineInterpolated($"No runs of {context.Config.Slug} yet.");
            return;
        }
        context.Console.Write(RunTables.Runs(runs));
    }
}
