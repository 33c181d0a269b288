using Kaggle.Core.IO;
using Kaggle.Runner;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Stages;

namespace Kaggle.Scaffold.Sources;

/// <summary>
/// Where New reads a competition's files: the mirror's <c>&lt;slug&gt;/</c> as it is (the new project's Download stage
/// copies them later, like any competition's), or, without a mirror, <c>data/&lt;slug&gt;/</c>, downloaded through the
/// Kaggle API first when it is not there yet, with the Download stage's record so that stage finds them intact.
/// </summary>
public static class DataSource
{
    public static async Task<CompetitionFolder> OpenAsync(ScaffoldOptions options, IKaggleService? kaggle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mirror is { } mirror)
        {
            var folder = Path.Combine(mirror, options.Slug);
            if (!Directory.Exists(folder))
                throw new ScaffoldException($"The mirror {Path.GetFullPath(mirror)} has no folder {options.Slug}/ (put train.csv, test.csv and the sample submission there).");
            return new CompetitionFolder(folder);
        }
        var data = Path.Combine(options.RepositoryRoot, "data", options.Slug);
        if (File.Exists(Path.Combine(data, "download.json"))) return new CompetitionFolder(data);
        if (kaggle is null || !kaggle.TryDescribeCredentials(out _))
            throw new ScaffoldException(
                $"No files for {options.Slug}: no --mirror=<dir> (a folder holding {options.Slug}/; or KAGGLE_DATA_MIRROR), no data/{options.Slug}/download.json, " +
                "and no Kaggle credentials to download them (KAGGLE_API_TOKEN, ~/.kaggle/access_token, KAGGLE_USERNAME/KAGGLE_KEY or ~/.kaggle/kaggle.json).");
        if (Directory.Exists(data))
            throw new ScaffoldException($"data/{options.Slug}/ exists but has no download.json, so New will not replace it: move it into a mirror folder and pass --mirror, or delete it.");
        // Into a staging folder first, so a failed download leaves no data/<slug>/ that looks complete.
        var staging = data + $".download-{Environment.ProcessId}";
        try
        {
            Directory.CreateDirectory(staging);
            await kaggle.DownloadAsync(options.Slug, staging, cancellationToken).ConfigureAwait(false);
            var delivered = new CompetitionFolder(staging).Names
                .Select(name => Path.Combine(staging, name))
                .Where(File.Exists)
                .Select(path => new DownloadedFile(Path.GetFileName(path), ContentHash.OfFile(path), new FileInfo(path).Length, ContentHash.OfFile(path)))
                .ToList();
            if (delivered.Count == 0) throw new ScaffoldException($"Kaggle's download of {options.Slug} held no files.");
            RunJson.Write(Path.Combine(staging, "download.json"), new DownloadManifest("kaggle-api", DateTime.UtcNow, delivered));
            Directory.Move(staging, data);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        return new CompetitionFolder(data);
    }
}
