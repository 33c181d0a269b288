namespace Kaggle.Runner.Train;

/// <summary>
/// Train, step 2: the competition's stateless preparation (each frame, then both together), then the training rows:
/// those the competition's filter keeps and, in a fast run, those competition.json's <c>fast</c> rule keeps (counted in
/// the training file's rows). Preparation sees every row, so features computed over train and test together do not
/// depend on the fast rule.
/// </summary>
internal static class PrepareStep
{
    public static CompetitionData Run(RunContext context, CompetitionData data)
    {
        var competition = context.Competition;
        var train = competition.Prepare(data.Train);
        var test = competition.Prepare(data.Test);
        (train, test) = competition.PrepareTogether(train, test);
        data = data with { Groups = Groups(context.Config, train, data.Groups) };
        var keep = Keep(context, train, data.Target);
        if (keep is null) return data with { Train = train, Test = test };
        var rows = Enumerable.Range(0, keep.Length).Where(i => keep[i]).ToArray();
        if (rows.Length == 0) throw new StageException($"{context.Config.Slug}: no training row is left after the training-row filter and the fast rule.");
        return data with
        {
            Train = train.Rows(rows),
            Test = test,
            Target = [.. rows.Select(r => data.Target[r])],
            TrainIds = [.. rows.Select(r => data.TrainIds[r])],
            Groups = data.Groups is null ? null : [.. rows.Select(r => data.Groups[r])],
        };
    }

    /// <summary>
    /// The group of each training row for a <c>group</c> scheme: from the prepared frame when preparation derived (or
    /// kept) competition.json's <c>cv.groups</c> column, else from the training file, so a group may be a feature that
    /// only Prepare or PrepareTogether can compute (a family linking tickets and surnames across both files).
    /// </summary>
    private static int[]? Groups(CompetitionConfig config, Core.Data.Frame train, int[]? fromFile)
    {
        if (config.Cv.Groups is not { } column) return null;
        if (train.Contains(column)) return CompetitionData.GroupCodes(train, column);
        return fromFile ?? throw new StageException(
            $"competition.json cv.groups names '{column}', which is neither a column of {config.Train} nor one that Prepare or PrepareTogether adds " +
            $"(prepared columns: {string.Join(", ", train.Names)}).");
    }

    /// <summary>One flag per training row, or null when every row is used.</summary>
    private static bool[]? Keep(RunContext context, Core.Data.Frame train, double[] target)
    {
        var filter = context.Competition.TrainingRows;
        var fast = context.Options.Fast ? context.Config.Fast : null;
        if (filter is null && fast is null) return null;
        var keep = filter?.Keep(train, target) ?? [.. Enumerable.Repeat(true, train.RowCount)];
        if (keep.Length != train.RowCount)
            throw new StageException($"The training-row filter '{filter!.Description}' returned {keep.Length} flags for {train.RowCount} rows.");
        if (fast is not null)
            for (var i = 0; i < keep.Length; i++) keep[i] &= fast.Keeps(i);
        return keep;
    }
}
