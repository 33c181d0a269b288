using System.IO.Compression;
using Kaggle.Core.IO;
using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner.Stages;

/// <summary>
/// Delivers a competition's files into <c>data/&lt;slug&gt;/</c>: from a local mirror (<c>&lt;mirror&gt;/&lt;slug&gt;/</c>, where a
/// file may be stored gzip-compressed as <c>name.gz</c>) or through Kaggle's API. Every expected file is verified and
/// hashed into <c>download.json</c>; when the files are already there and unchanged, the stage says so and skips.
/// </summary>
public sealed class DownloadStage(RunContext context)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var folder = context.DataFolder;
        var manifestPath = Path.Combine(folder, "download.json");
        var manifest = File.Exists(manifestPath) ? RunJson.Read<DownloadManifest>(manifestPath) : null;

        if (context.Options.Mirror is { } mirror)
        {
            var sources = MirrorSources(mirror);
            if (manifest is not null && Intact(manifest) && SameSources(manifest, sources))
            {
                context.Console.MarkupLineInterpolated($"[green]Download[/]: data/{context.Config.Slug} is up to date with the mirror (hashes match); skipping.");
                return;
            }
            context.Console.MarkupLineInterpolated($"[blue]Download[/]: copying {sources.Count} file(s) from {mirror}");
            var files = new List<DownloadedFile>();
            foreach (var (name, source) in sources)
            {
                Deliver(source, Path.Combine(folder, name));
                var target = Path.Combine(folder, name);
                files.Add(new DownloadedFile(name, ContentHash.OfFile(target), new FileInfo(target).Length, ContentHash.OfFile(source)));
                context.Console.MarkupLineInterpolated($"  {name} ({new FileInfo(target).Length:N0} bytes) from {Path.GetFileName(source)}");
            }
            RunJson.Write(manifestPath, new DownloadManifest($"mirror:{Path.GetFullPath(mirror)}", DateTime.UtcNow, files));
            return;
        }

        if (manifest is not null && Intact(manifest))
        {
            context.Console.MarkupLineInterpolated($"[green]Download[/]: data/{context.Config.Slug} is present and intact ({manifest.Source}); skipping.");
            return;
        }
        if (context.Kaggle is null || !context.Kaggle.TryDescribeCredentials(out var credentials))
            throw new StageException(
                $"No data for {context.Config.Slug}: data/{context.Config.Slug} is missing or incomplete, no mirror was given " +
                "(--mirror=<dir> or KAGGLE_DATA_MIRROR) and no Kaggle credentials were found (KAGGLE_API_TOKEN, ~/.kaggle/access_token, " +
                "KAGGLE_USERNAME/KAGGLE_KEY or ~/.kaggle/kaggle.json).");
        context.Console.MarkupLineInterpolated($"[blue]Download[/]: fetching {context.Config.Slug} from Kaggle (credentials: {credentials})");
        await context.Kaggle.DownloadAsync(context.Config.Slug, folder, cancellationToken).ConfigureAwait(false);
        var delivered = new List<DownloadedFile>();
        foreach (var name in context.Config.Files)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
                throw new StageException($"Kaggle's download of {context.Config.Slug} did not contain {name}.");
            var hash = ContentHash.OfFile(path);
            delivered.Add(new DownloadedFile(name, hash, new FileInfo(path).Length, hash));
        }
        RunJson.Write(manifestPath, new DownloadManifest("kaggle-api", DateTime.UtcNow, delivered));
    }

    /// <summary>For each expected file, the mirror file to take it from (<c>name</c>, else <c>name.gz</c>).</summary>
    private List<(string Name, string Source)> MirrorSources(string mirror)
    {
        var slugFolder = Path.Combine(mirror, context.Config.Slug);
        if (!Directory.Exists(slugFolder))
            throw new StageException($"The mirror {Path.GetFullPath(mirror)} has no folder {context.Config.Slug}/.");
        var sources = new List<(string, string)>();
        var missing = new List<string>();
        foreach (var name in context.Config.Files)
        {
            var plain = Path.Combine(slugFolder, name);
            var gz = plain + ".gz";
            if (File.Exists(plain)) sources.Add((name, plain));
            else if (File.Exists(gz)) sources.Add((name, gz));
            else missing.Add(name);
        }
        if (missing.Count > 0)
            throw new StageException(
                $"The mirror {Path.GetFullPath(slugFolder)} lacks {string.Join(", ", missing)} (looked for each name and name.gz).");
        return sources;
    }

    private bool Intact(DownloadManifest manifest) =>
        context.Config.Files.All(name => manifest.Files.Any(f => f.File == name))
        && manifest.Files.All(f =>
        {
            var path = Path.Combine(context.DataFolder, f.File);
            return File.Exists(path) && new FileInfo(path).Length == f.Bytes && ContentHash.OfFile(path) == f.Sha256;
        });

    private static bool SameSources(DownloadManifest manifest, List<(string Name, string Source)> sources) =>
        sources.All(s => manifest.Files.Any(f => f.File == s.Name && f.SourceSha256 == ContentHash.OfFile(s.Source)));

    private static void Deliver(string source, string target) =>
        AtomicFile.Write(target, output =>
        {
            using var input = File.OpenRead(source);
            if (source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gzip = new GZipStream(input, CompressionMode.Decompress);
                gzip.CopyTo(output);
            }
            else
            {
                input.CopyTo(output);
            }
        });
}
