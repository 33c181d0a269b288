using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.Scaffold.Inference;

/// <summary>
/// The submission's keys and prediction column. With a sample submission, its header against the test file's columns:
/// the columns the test file has are the keys, the one it lacks is the prediction (the training file's target). Without
/// one, <c>--target-column</c> names the target and the key is <c>--id-column</c> or the test file's first column.
/// </summary>
public static class LayoutInference
{
    public static SubmissionLayout Infer(CompetitionFiles files, Frame train, Frame test, Frame? sample, ScaffoldOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(options);
        var layout = sample is null ? WithoutSample(files, test, options) : FromSample(files, test, sample, options);
        if (!train.Contains(layout.Target))
            throw new ScaffoldException(
                $"The target '{layout.Target}' is not a column of {files.Train} (columns: {string.Join(", ", train.Names)}); name the target with --target-column.");
        if (!layout.IdIsRowNumber && layout.Keys.FirstOrDefault(k => !train.Contains(k)) is { } absent)
            throw new ScaffoldException($"The key column '{absent}' is in {files.Test} but not in {files.Train}; the runner needs it in both.");
        return layout;
    }

    private static SubmissionLayout FromSample(CompetitionFiles files, Frame test, Frame sample, ScaffoldOptions options)
    {
        var keys = sample.Names.Where(test.Contains).ToArray();
        var predictions = sample.Names.Where(n => !test.Contains(n)).ToArray();
        if (predictions.Length == 0)
            throw new ScaffoldException($"Every column of {files.Sample} ({string.Join(", ", sample.Names)}) is also in {files.Test}, so none of them is the prediction.");
        if (keys.Length == 0)
        {
            // digit-recognizer: ImageId counts the test rows, which carry no id column.
            var id = sample.Names.First();
            if (predictions.Length != 2 || !CountsRows(sample[id], test.RowCount))
                throw new ScaffoldException(
                    $"None of {files.Sample}'s columns ({string.Join(", ", sample.Names)}) is in {files.Test}, and its first column does not count the test rows 1, 2, …; the scaffold cannot tell the key.");
            return new SubmissionLayout([id], options.TargetColumn ?? predictions[1], IdIsRowNumber: true);
        }
        if (options.TargetColumn is { } chosen) return new SubmissionLayout(keys, chosen, false);
        if (predictions.Length > 1)
            throw new ScaffoldException(
                $"{files.Sample} has {predictions.Length} prediction columns ({string.Join(", ", predictions)}); the scaffold writes a one-target baseline: pass --target-column=<one of them> and extend the competition by hand.");
        return new SubmissionLayout(keys, predictions[0], false);
    }

    private static SubmissionLayout WithoutSample(CompetitionFiles files, Frame test, ScaffoldOptions options)
    {
        var target = options.TargetColumn
            ?? throw new ScaffoldException(
                $"No sample submission among {string.Join(", ", files.All)} (sample_submission.csv, or a CSV whose name contains 'submission'), so the target is unknown: pass --target-column=<column of {files.Train}> (and --id-column=<key> unless it is {files.Test}'s first column).");
        var id = options.IdColumn ?? test.Names.First();
        if (!test.Contains(id))
            throw new ScaffoldException($"--id-column={id}: {files.Test} has no such column (columns: {string.Join(", ", test.Names)}).");
        if (!Unique(test[id]))
            throw new ScaffoldException($"{files.Test}'s column '{id}' repeats values, so it cannot key the submission; pass --id-column=<a unique column>.");
        return new SubmissionLayout([id], target, false);
    }

    private static bool CountsRows(Column column, int rows) =>
        column.Length == rows
        && Enumerable.Range(0, rows).All(i => column.Format(i) == (i + 1).ToString(CultureInfo.InvariantCulture));

    private static bool Unique(Column column) =>
        Enumerable.Range(0, column.Length).Select(column.Format).Distinct(StringComparer.Ordinal).Count() == column.Length;
}
