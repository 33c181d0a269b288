namespace Kaggle.Runner.Stages;

/// <summary>
/// <c>data/&lt;slug&gt;/download.json</c>: where the files came from and their hashes, so a later Download can tell
/// they are intact and unchanged, and a run record can name exactly which data it used.
/// </summary>
public sealed record DownloadManifest(string Source, DateTime DownloadedUtc, IReadOnlyList<DownloadedFile> Files);

/// <summary>One delivered file: its name, SHA-256 and size, and the hash of the file it came from (the .gz in a mirror).</summary>
public sealed record DownloadedFile(string File, string Sha256, long Bytes, string SourceSha256);
