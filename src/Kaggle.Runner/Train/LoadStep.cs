namespace Kaggle.Runner.Train;

/// <summary>Train, step 1: checks the files against the download record, then reads and checks them (train, test, submission template).</summary>
internal static class LoadStep
{
    public static CompetitionData Run(RunContext context)
    {
        DownloadRecordCheck.Run(context);
        return CompetitionData.Load(context.DataFolder, context.Config, context.Competition.ReadOptions);
    }
}
