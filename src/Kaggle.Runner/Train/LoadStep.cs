namespace Kaggle.Runner.Train;

/// <summary>Train, step 1: reads and checks the competition's files (train, test, submission template).</summary>
internal static class LoadStep
{
    public static CompetitionData Run(RunContext context) =>
        CompetitionData.Load(context.DataFolder, context.Config, context.Competition.ReadOptions);
}
