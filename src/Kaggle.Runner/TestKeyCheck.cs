using Kaggle.Runner.Submission;

namespace Kaggle.Runner;

/// <summary>
/// The test file's keys, checked where the file is read so the message can be about the file: every key is unique, and every
/// key of the sample submission is in the test file (when it is not, the test file is usually cut short).
/// </summary>
internal static class TestKeyCheck
{
    public static void Run(IReadOnlyList<string> testIds, Kaggle.Core.Data.Frame template, CompetitionConfig config)
    {
        var keys = string.Join(" + ", config.Keys);
        var rowOf = new Dictionary<string, int>(testIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < testIds.Count; i++)
        {
            if (rowOf.TryAdd(testIds[i], i)) continue;
            throw new InvalidDataException($"{config.Test} data rows {rowOf[testIds[i]] + 1} and {i + 1} have the same {keys} "
                + $"{RowKeys.Display(testIds[i])}: every test row needs its own key, or a prediction cannot be matched to its row. "
                + "The file may have been concatenated or edited; download it again.");
        }
        if (config.SampleFile is not { } sample) return;
        var missing = RowKeys.Of(template, config.Keys).Where(k => k is not null && !rowOf.ContainsKey(k)).Select(k => k!).ToList();
        if (missing.Count == 0) return;
        var last = testIds.Count == 0 ? "" : $" (its last data row, {testIds.Count}, has {keys} {RowKeys.Display(testIds[^1])})";
        throw new InvalidDataException($"{sample} has {template.RowCount} rows but {config.Test} has {testIds.Count} data rows, and "
            + $"{missing.Count} of the sample's keys are not in {config.Test} (first: {string.Join(", ", missing.Take(3).Select(RowKeys.Display))}). "
            + $"{config.Test} looks cut short{last} or belongs to another competition; download it again.");
    }
}
