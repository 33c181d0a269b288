using Kaggle.Scaffold.Sources;

namespace Kaggle.Scaffold.Inference;

/// <summary>
/// Which file is the training file, the test file and the sample submission: Kaggle's usual names
/// (<c>train.csv</c>, <c>test.csv</c>, <c>sample_submission.csv</c>), else the one CSV whose name says so
/// (<c>gender_submission.csv</c>, <c>train_v2.csv</c>).
/// </summary>
public static class FileRoles
{
    /// <summary>The files of <paramref name="folder"/> by role; a missing or ambiguous train or test file is an error naming what was found.</summary>
    public static CompetitionFiles Find(CompetitionFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var names = folder.Names;
        var train = Pick(names, "train.csv", "train")
            ?? throw Missing(folder, "training file", "train.csv (or one CSV whose name contains 'train')", names);
        var test = Pick(names, "test.csv", "test")
            ?? throw Missing(folder, "test file", "test.csv (or one CSV whose name contains 'test')", names);
        var sample = Pick(names, "sample_submission.csv", "submission");
        return new CompetitionFiles(train, test, sample, names);
    }

    /// <summary><paramref name="usual"/> when present, else the single CSV whose name contains <paramref name="word"/>, else null.</summary>
    private static string? Pick(IReadOnlyList<string> names, string usual, string word)
    {
        if (names.Contains(usual)) return usual;
        var candidates = names
            .Where(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && n.Contains(word, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return candidates.Length switch
        {
            0 => null,
            1 => candidates[0],
            _ => throw new ScaffoldException(
                $"Several files could be the {word} file ({string.Join(", ", candidates)}); rename the one to use to {usual}."),
        };
    }

    private static ScaffoldException Missing(CompetitionFolder folder, string role, string expected, IReadOnlyList<string> names) =>
        new($"No {role} in {folder.Location}: expected {expected}; found {(names.Count == 0 ? "no files" : string.Join(", ", names))}.");
}
