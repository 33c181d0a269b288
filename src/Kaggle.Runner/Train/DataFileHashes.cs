using Kaggle.Core.IO;

namespace Kaggle.Runner.Train;

/// <summary>
/// The SHA-256 of each data file, computed once per Train: the download check and the run record both need it, and
/// the large files (digits, KPI) take a noticeable time to hash. A file whose size or write time changed in between
/// is hashed again.
/// </summary>
internal sealed class DataFileHashes
{
    private readonly Dictionary<string, (long Bytes, DateTime Written, string Sha256)> _known = new(StringComparer.Ordinal);

    public string Of(string path)
    {
        var info = new FileInfo(path);
        var key = info.FullName;
        if (_known.TryGetValue(key, out var known) && known.Bytes == info.Length && known.Written == info.LastWriteTimeUtc)
            return known.Sha256;
        var sha256 = ContentHash.OfFile(key);
        _known[key] = (info.Length, info.LastWriteTimeUtc, sha256);
        return sha256;
    }
}
