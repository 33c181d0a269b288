using System.Globalization;
using System.Security.Cryptography;

namespace Kaggle.Api.Download;

// What storage told us about the file (size, MD5, date), the final checks, and the outcome of one attempt.
internal sealed partial class SignedUrlDownloader
{
    /// <summary>Deletes the partial file and throws when its length or MD5 differs from what storage announced.</summary>
    private void Verify(string part, string target, RemoteFile remote)
    {
        var name = Path.GetFileName(target);
        var length = new FileInfo(part).Length;
        if (remote.ExpectedLength is { } expected && length != expected)
        {
            File.Delete(part);
            throw new KaggleApiException(KaggleErrorKind.Corrupt,
                $"The download of {name} has {length} bytes but storage announced {expected}; the file was deleted, run again.");
        }
        if (remote.Md5 is { } md5)
        {
            var actual = Md5Of(part);
            if (!actual.AsSpan().SequenceEqual(md5))
            {
                File.Delete(part);
                throw new KaggleApiException(KaggleErrorKind.Corrupt,
                    $"The download of {name} is corrupt: its MD5 is {Convert.ToBase64String(actual)} but storage's x-goog-hash says "
                    + $"{Convert.ToBase64String(md5)}. The file was deleted; run again to download it afresh.");
            }
        }
        else
        {
            log.Information($"{name}: storage sent no MD5 (x-goog-hash); only the length was checked.");
        }
    }

    private static byte[] Md5Of(string path)
    {
        using var stream = File.OpenRead(path);
#pragma warning disable CA5351 // MD5 is what storage publishes (x-goog-hash); it checks integrity, not authenticity.
        return MD5.HashData(stream);
#pragma warning restore CA5351
    }

    /// <summary>The size, MD5 and date storage announced; a 206 carries the whole object's total and hash too.</summary>
    private sealed class RemoteFile
    {
        public long? ExpectedLength { get; set; }

        public byte[]? Md5 { get; private set; }

        public DateTimeOffset? LastModified { get; private set; }

        public void Capture(HttpResponseMessage response, bool full)
        {
            var headers = response.Content.Headers;
            if (full && headers.ContentLength is { } length)
                ExpectedLength = length;
            else if (!full && headers.ContentRange?.Length is { } total)
                ExpectedLength = total;
            LastModified = headers.LastModified ?? LastModified;
            Md5 = ParseMd5(response) ?? Md5;
        }

        /// <summary>Same length and (the MD5 when known, else a modification time no older than Last-Modified).</summary>
        public bool IsUpToDate(string target)
        {
            if (!File.Exists(target) || ExpectedLength is not { } length || new FileInfo(target).Length != length)
                return false;
            if (Md5 is { } md5)
                return Md5Of(target).AsSpan().SequenceEqual(md5);
            return LastModified is { } modified && File.GetLastWriteTimeUtc(target) >= modified.UtcDateTime;
        }

        /// <summary><c>x-goog-hash: crc32c=…,md5=&lt;base64&gt;</c> (possibly as several headers).</summary>
        private static byte[]? ParseMd5(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("x-goog-hash", out var values))
                return null;
            foreach (var part in values.SelectMany(v => v.Split(',')))
            {
                var item = part.Trim();
                if (!item.StartsWith("md5=", StringComparison.OrdinalIgnoreCase))
                    continue;
                try
                {
                    var bytes = Convert.FromBase64String(item[4..]);
                    return bytes.Length == 16 ? bytes : null;
                }
                catch (FormatException)
                {
                    return null;
                }
            }
            return null;
        }
    }

    private enum StepKind
    {
        Done,
        Skipped,
        Restart,
        RefreshUrl,
        Transient,
    }

    private sealed record Step(StepKind Kind, TimeSpan? RetryAfter, string Problem, int? Status = null)
    {
        public static readonly Step Done = new(StepKind.Done, null, "");
        public static readonly Step Skip = new(StepKind.Skipped, null, "");

        public static Step Restart(string problem) => new(StepKind.Restart, null, problem);

        public static Step Transient(TimeSpan? retryAfter, string problem, int? status = null) =>
            new(StepKind.Transient, retryAfter, problem, status);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}: {Problem}");
    }
}
