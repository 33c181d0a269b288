using Kaggle.Scaffold.Sources;

namespace Kaggle.Scaffold.Tests;

/// <summary>
/// A throwaway repository root (an empty Kaggle.sln and competitions/) with a mirror beside it holding one
/// competition's files, given as name → CSV text. Deleted on dispose.
/// </summary>
internal sealed class SyntheticRepository : IDisposable
{
    public SyntheticRepository(string slug, params (string Name, string Text)[] files)
    {
        Slug = slug;
        Root = Directory.CreateTempSubdirectory("kaggle-scaffold-").FullName;
        File.WriteAllText(Path.Combine(Root, "Kaggle.sln"), "");
        Directory.CreateDirectory(Path.Combine(Root, "competitions"));
        Mirror = Path.Combine(Root, "mirror");
        var folder = Directory.CreateDirectory(Path.Combine(Mirror, slug)).FullName;
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
    }

    public string Slug { get; }

    public string Root { get; }

    public string Mirror { get; }

    public CompetitionFolder Folder => new(Path.Combine(Mirror, Slug));

    public string Competitions => Path.Combine(Root, "competitions");

    public ScaffoldOptions Options(string? metric = null, string? targetColumn = null, string? idColumn = null) => new()
    {
        Slug = Slug,
        RepositoryRoot = Root,
        Mirror = Mirror,
        Metric = metric,
        TargetColumn = targetColumn,
        IdColumn = idColumn,
        SkipSolution = true,
    };

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>A CSV of <paramref name="rows"/> rows: a header, then <paramref name="row"/>(i) for i = 1 … rows.</summary>
    public static string Csv(string header, int rows, Func<int, string> row) =>
        header + "\n" + string.Concat(Enumerable.Range(1, rows).Select(i => row(i) + "\n"));
}
