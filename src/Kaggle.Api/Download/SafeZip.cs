using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Kaggle.Core.IO;

namespace Kaggle.Api.Download;

/// <summary>
/// Extracts a downloaded archive without trusting it: every entry is checked before anything is written, and an entry
/// that is absolute or climbs out with <c>..</c> (zip-slip, https://security.snyk.io/research/zip-slip-vulnerability)
/// refuses the whole archive. Each entry is checked against the CRC-32 and length its archive records (.NET's extraction checks
/// neither) and written under a temporary name, so a damaged entry leaves no file behind. Folders are kept; a <c>.zip</c> inside (Kaggle zips big files one by one) is extracted
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
    /// <param name="keepExisting">Leaves a file alone when one with the entry's length and CRC-32 is already there (re-running after a skipped download).</param>
    /// <exception cref="KaggleApiException">Kind Corrupt: not a zip, unreadable, an entry escapes <paramref name="destination"/>, or an entry fails its CRC-32.</exception>
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
                if (!(keepExisting && IsIntact(path, entry)))
                    ExtractVerified(entry, path, archive);
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

    private static void ExtractVerified(ZipArchiveEntry entry, string path, string archive) =>
        AtomicFile.Write(path, output =>
        {
            using var input = entry.Open();
            var (crc, length) = Copy(input, output);
            if (crc != entry.Crc32 || length != entry.Length)
                throw new KaggleApiException(KaggleErrorKind.Corrupt,
                    $"The entry '{entry.FullName}' of {archive} is damaged: it decompresses to {length} bytes with CRC-32 {crc:x8}, but the "
                    + $"archive records {entry.Length} bytes with CRC-32 {entry.Crc32:x8}. Nothing was written for it; delete the archive and download it again.");
        });

    private static bool IsIntact(string path, ZipArchiveEntry entry)
    {
        if (!File.Exists(path) || new FileInfo(path).Length != entry.Length) return false;
        using var stream = File.OpenRead(path);
        return Copy(stream, Stream.Null).Crc == entry.Crc32;
    }

    private static (uint Crc, long Length) Copy(Stream input, Stream output)
    {
        var crc = new Crc32();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        long length = 0;
        try
        {
            int n;
            while ((n = input.Read(buffer)) > 0)
            {
                crc.Append(buffer.AsSpan(0, n));
                output.Write(buffer, 0, n);
                length += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return (crc.GetCurrentHashAsUInt32(), length);
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
