using System.Globalization;

namespace Kaggle.Runner.Runs;

/// <summary>
/// The layout of a competition's runs under the repository root:
/// <c>submissions/&lt;slug&gt;/&lt;run-id&gt;.csv</c>, <c>submissions/&lt;slug&gt;/runs/&lt;run-id&gt;/run.json</c> (with out-of-fold,
/// test and fold files beside it) and <c>submissions/&lt;slug&gt;/latest.json</c>. Runs are never overwritten.
/// </summary>
public sealed class RunStore
{
    public RunStore(string repositoryRoot, string slug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        Slug = slug;
        Folder = Path.Combine(RepositoryRoot, "submissions", slug);
    }

    public string RepositoryRoot { get; }

    public string Slug { get; }

    /// <summary><c>submissions/&lt;slug&gt;</c>, absolute.</summary>
    public string Folder { get; }

    public string LatestPath => Path.Combine(Folder, "latest.json");

    public string RunFolder(string runId) => Path.Combine(Folder, "runs", runId);

    public string RecordPath(string runId) => Path.Combine(RunFolder(runId), "run.json");

    public string SubmissionPath(string runId) => Path.Combine(Folder, runId + ".csv");

    /// <summary>A path relative to the repository root, with forward slashes.</summary>
    public string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    /// <summary>
    /// A new run id <c>yyyyMMdd-HHmmss_&lt;model&gt;_cv&lt;score&gt;</c> (UTC), suffixed <c>-2</c>, <c>-3</c>… if taken, so no run is overwritten.
    /// </summary>
    public string NewRunId(DateTime utc, string model, double cv)
    {
        var safeModel = new string(model.Select(c => char.IsLetterOrDigit(c) || c is '-' ? c : '-').ToArray());
        var id = string.Create(CultureInfo.InvariantCulture, $"{utc:yyyyMMdd-HHmmss}_{safeModel}_cv{cv:F4}");
        var candidate = id;
        for (var n = 2; Directory.Exists(RunFolder(candidate)) || File.Exists(SubmissionPath(candidate)); n++)
            candidate = $"{id}-{n}";
        return candidate;
    }

    /// <summary>Every run with a readable record, oldest first.</summary>
    public IReadOnlyList<RunRecord> All()
    {
        var runs = Path.Combine(Folder, "runs");
        if (!Directory.Exists(runs)) return [];
        return Directory.EnumerateDirectories(runs)
            .Select(d => Path.Combine(d, "run.json"))
            .Where(File.Exists)
            .Select(RunJson.Read<RunRecord>)
            .OrderBy(r => r.CreatedUtc)
            .ThenBy(r => r.RunId, StringComparer.Ordinal)
            .ToList();
    }

    public LatestRecord? Latest() => File.Exists(LatestPath) ? RunJson.Read<LatestRecord>(LatestPath) : null;

    public RunRecord Read(string runId)
    {
        var path = RecordPath(runId);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Run {runId} has no record at {Relative(path)}.", path);
        return RunJson.Read<RunRecord>(path);
    }

    public void Save(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RunJson.Write(RecordPath(record.RunId), record);
    }

    public void SetLatest(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RunJson.Write(LatestPath, new LatestRecord(record.RunId, record.Submission.Path, record.Cv, record.PublicScore));
    }
}
