using System.IO.Compression;
using System.Text;

namespace Kaggle.Api.Download;

/// <summary>
/// Extracts a downloaded archive without trusting it: every entry is checked before anything is written, and an entry
/// that is absolute or climbs out with <c>..</c> (zip-slip, https://security.snyk.io/research/zip-slip-vulnerability)
/// refuses the whole archive. Folders are kept; a <c>.zip</c> inside (Kaggle zips big files one by one) is extracted
/// next to itself and removed. A body that is not a zip at all (an error page) is rejected.
/// </summary>
public static class SafeZip
{
    private const int MaxNesting = 2;

    /// <summary>True when the file starts with a zip signature (local header, or the end record of an empty archive).</summary>
    public static bool LooksLikeZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4
            && head[0] == (byte)'P' && head[1] == (byte)'K'
            && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /// <summary>Extracts <paramref name="archive"/> into <paramref name="destination"/>; returns the full paths of the files written or kept.</summary>
    /// <param name="archive">The zip file.</param>
    /// <param name="destination">The folder to extract into (created when missing).</param>
    /// <param name="keepExisting">Leaves a file alone when one of the same length is already there (re-running after a skipped download).</param>
    /// <exception cref="KaggleApiException">Kind Corrupt: not a zip, unreadable, or an entry escapes <paramref name="destination"/>.</exception>
    public static IReadOnlyList<string> Extract(string archive, string destination, bool keepExisting = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(archive);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var files = new List<string>();
        ExtractInto(archive, Path.GetFullPath(destination), keepExisting, depth: 0, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void ExtractInto(string archive, string root, bool keepExisting, int depth, List<string> files)
    {
        if (!LooksLikeZip(archive))
            throw new KaggleApiException(KaggleErrorKind.Corrupt,
                $"{archive} is not a zip archive (it starts with \"{Preview(archive)}\"): storage sent something else, such as an "
                + "error page. Delete it and download again.");
        Directory.CreateDirectory(root);
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        try
        {
            using var zip = ZipFile.OpenRead(archive);
            var targets = zip.Entries.Select(e => (Entry: e, Path: TargetOf(e, archive, root, rootWithSeparator))).ToArray();
            var nested = new List<string>();
            foreach (var (entry, path) in targets)
            {
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    Directory.CreateDirectory(path);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (!(keepExisting && File.Exists(path) && new FileInfo(path).Length == entry.Length))
                    entry.ExtractToFile(path, overwrite: true);
                if (depth < MaxNesting && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                    nested.Add(path);
                else
                    files.Add(path);
            }
            foreach (var inner in nested)
            {
                ExtractInto(inner, Path.GetDirectoryName(inner)!, keepExisting, depth + 1, files);
                File.Delete(inner);
            }
        }
        catch (InvalidDataException e)
        {
            throw new KaggleApiException(KaggleErrorKind.Corrupt, $"{archive} is not a readable zip archive ({e.Message}); download it again.", null, e);
        }
    }

    /// <summary>The full path an entry extracts to; throws for one that is absolute or leaves <paramref name="root"/>.</summary>
    private static string TargetOf(ZipArchiveEntry entry, string archive, string root, string rootWithSeparator)
    {
        var name = entry.FullName.Replace('\\', '/');
        var escapes = name.Length == 0
            || name.StartsWith('/')
            || (name.Length >= 2 && name[1] == ':')
            || Path.IsPathRooted(name)
            || name.Split('/').Any(segment => segment == "..");
        var full = escapes ? "" : Path.GetFullPath(Path.Combine(root, name));
        if (escapes || !(full.StartsWith(rootWithSeparator, StringComparison.Ordinal) || full == root))
            throw new KaggleApiException(KaggleErrorKind.Corrupt,
                $"The archive {archive} contains the entry '{entry.FullName}', which would be written outside {root}; "
                + "nothing from it was extracted.");
        return full;
    }

    private static string Preview(string path)
    {
        var buffer = new byte[40];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return new string(text.Select(c => char.IsControl(c) ? '.' : c).ToArray());
    }
}
