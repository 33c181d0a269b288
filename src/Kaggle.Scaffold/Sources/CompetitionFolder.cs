using Kaggle.Core.Data;

namespace Kaggle.Scaffold.Sources;

/// <summary>
/// A folder of a competition's files under Kaggle's names: a mirror's <c>&lt;slug&gt;/</c>, where a file may be stored
/// as <c>name.gz</c>, or <c>data/&lt;slug&gt;/</c> after an API download. Names are the uncompressed ones.
/// </summary>
public sealed class CompetitionFolder
{
    private readonly Dictionary<string, string> _paths;

    /// <summary>Lists the files of <paramref name="path"/> (not its subfolders; the download record is not a competition file).</summary>
    public CompetitionFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Directory.Exists(path)) throw new ScaffoldException($"{Path.GetFullPath(path)} does not exist.");
        Location = Path.GetFullPath(path);
        _paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Location).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name == "download.json" || name.StartsWith('.')) continue;
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
            // name and name.gz both present: the plain file wins, as in the Download stage.
            if (!_paths.TryGetValue(name, out var existing) || existing.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                _paths[name] = file;
        }
    }

    /// <summary>The folder, absolute.</summary>
    public string Location { get; }

    /// <summary>Every file name (uncompressed), sorted ordinally.</summary>
    public IReadOnlyList<string> Names => [.. _paths.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Reads the CSV file <paramref name="name"/> (gzip or not) as the runner would.</summary>
    public Frame Read(string name, CsvReadOptions? options = null) => CsvReader.Read(_paths[name], options ?? CsvReadOptions.Default);
}
