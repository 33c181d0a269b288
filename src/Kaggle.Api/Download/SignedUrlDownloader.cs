using System.Net.Http.Headers;
using Kaggle.Api.Http;

namespace Kaggle.Api.Download;

/// <summary>
/// Fetches one signed storage URL into a file, without credentials, resuming instead of restarting (KAGGLE_API.md §3.3–§3.4):
/// bytes go to <c>&lt;target&gt;.part</c>; a retry asks for <c>Range: bytes=&lt;have&gt;-</c> and appends only on a 206 whose
/// Content-Range starts there (a 200 restarts from zero; a 416 means complete when the sizes agree); a refused signed
/// URL (expired) is replaced by a fresh one from the API; the result must match Content-Length and the x-goog-hash MD5
/// before it is renamed to the target.
/// </summary>
internal sealed partial class SignedUrlDownloader(HttpClient storage, KaggleClientOptions options, KaggleLogger log)
{
    private const int MaxUrlRefreshes = 3;

    /// <summary>Downloads <paramref name="url"/> to <paramref name="target"/>; false when the local copy was already up to date.</summary>
    /// <param name="url">The signed URL the API redirected to.</param>
    /// <param name="freshUrl">Asks the API for a new signed URL (when storage refuses the old one).</param>
    /// <param name="target">The final path of the file.</param>
    /// <param name="force">Download even when an up-to-date copy exists, and discard any partial file.</param>
    /// <param name="progress">Receives the byte counts.</param>
    /// <param name="cancellationToken">Cancels the download (the partial file is kept for the next run).</param>
    public async Task<bool> DownloadAsync(
        Uri url, Func<CancellationToken, Task<Uri>> freshUrl, string target, bool force, IDownloadProgress progress,
        CancellationToken cancellationToken)
    {
        var part = target + ".part";
        if (force)
            File.Delete(part);
        var remote = new RemoteFile();
        int failures = 0, refreshes = 0, restarts = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = File.Exists(part) ? new FileInfo(part).Length : 0;
            var step = await AttemptAsync(url, target, part, offset, force, remote, progress, cancellationToken).ConfigureAwait(false);
            switch (step.Kind)
            {
                case StepKind.Done:
                    Verify(part, target, remote);
                    File.Move(part, target, overwrite: true);
                    if (remote.LastModified is { } modified)
                        File.SetLastWriteTimeUtc(target, modified.UtcDateTime);
                    return true;
                case StepKind.Skipped:
                    log.Information($"{Path.GetFileName(target)}: the local copy is up to date; skipped (force to download again).");
                    return false;
                case StepKind.Restart:
                    if (++restarts > options.MaxRetries + 1)
                        throw new KaggleApiException(KaggleErrorKind.Protocol,
                            $"Storage kept answering range requests for {Path.GetFileName(target)} inconsistently ({step.Problem}).");
                    log.Information($"{Path.GetFileName(target)}: {step.Problem}; starting again from byte 0.");
                    File.Delete(part);
                    break;
                case StepKind.RefreshUrl:
                    if (++refreshes > MaxUrlRefreshes)
                        throw new KaggleApiException(KaggleErrorKind.Forbidden,
                            $"Storage refused the download of {Path.GetFileName(target)} ({step.Problem}) even with {MaxUrlRefreshes} fresh signed URLs.",
                            step.Status);
                    log.Information($"{Path.GetFileName(target)}: storage refused the signed URL ({step.Problem}); asking Kaggle for a fresh one.");
                    url = await freshUrl(cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    if (++failures > options.MaxRetries)
                        throw new KaggleApiException(KaggleErrorKind.Server,
                            $"The download of {Path.GetFileName(target)} failed {failures} times ({step.Problem}). "
                            + $"The {new FileInfo(part).Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes received are kept in "
                            + $"{part}; run again to resume.", step.Status);
                    var wait = step.RetryAfter ?? RetryDelays.Backoff(failures - 1, options);
                    log.Information($"{Path.GetFileName(target)}: {step.Problem}; retry {failures} of {options.MaxRetries} in {wait.TotalSeconds:0.##} s.");
                    await Task.Delay(wait, options.TimeProvider, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task<Step> AttemptAsync(
        Uri url, string target, string part, long offset, bool force, RemoteFile remote, IDownloadProgress progress,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (offset > 0)
            request.Headers.Range = new RangeHeaderValue(offset, null);
        HttpResponseMessage response;
        try
        {
            response = await storage.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return Step.Transient(null, $"storage unreachable: {e.Message}");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            switch (status)
            {
                case 200:
                    remote.Capture(response, full: true);
                    if (offset == 0 && !force && remote.IsUpToDate(target))
                        return Step.Skip;
                    if (offset > 0)
                        log.Information($"{Path.GetFileName(target)}: storage ignored the Range request (200, not 206); restarting from byte 0.");
                    return await CopyAsync(response, part, append: false, remote, progress, cancellationToken).ConfigureAwait(false);
                case 206:
                    var range = response.Content.Headers.ContentRange;
                    if (range?.From != offset)
                        return Step.Restart($"a 206 for bytes {range?.From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}- when bytes {offset}- were asked for");
                    remote.Capture(response, full: false);
                    return await CopyAsync(response, part, append: true, remote, progress, cancellationToken).ConfigureAwait(false);
                case 416:
                    var total = response.Content.Headers.ContentRange?.Length;
                    if (total == offset)
                    {
                        remote.ExpectedLength = total;
                        return Step.Done;
                    }
                    return Step.Restart($"416 Range Not Satisfiable for bytes {offset}- of {total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an unknown size"}");
                case 400 or 401 or 403:
                    return new Step(StepKind.RefreshUrl, null, $"HTTP {status}", status);
                case 404:
                    throw new KaggleApiException(KaggleErrorKind.NotFound,
                        $"Storage has no file at the signed URL for {Path.GetFileName(target)} (HTTP 404).", 404);
                case 429 or >= 500:
                    return Step.Transient(RetryDelays.RetryAfter(response, options.TimeProvider, options.MaxRetryDelay), $"HTTP {status} from storage", status);
                default:
                    throw new KaggleApiException(KaggleErrorKind.Protocol,
                        $"Storage answered HTTP {status} to the download of {Path.GetFileName(target)}; expected 200 or 206.", status);
            }
        }
    }

    private static async Task<Step> CopyAsync(
        HttpResponseMessage response, string part, bool append, RemoteFile remote, IDownloadProgress progress,
        CancellationToken cancellationToken)
    {
        var file = new FileStream(part, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            var buffer = new byte[1 << 16];
            try
            {
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    int read;
                    while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        progress.Report(file.Length, remote.ExpectedLength);
                    }
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                // The bytes written so far stay in the .part file; the next attempt resumes after them.
                return Step.Transient(null, $"the connection broke after {file.Length} bytes ({e.Message})");
            }
            if (remote.ExpectedLength is { } expected && file.Length < expected)
                return Step.Transient(null, $"the body ended after {file.Length} of {expected} bytes");
            return Step.Done;
        }
    }
}
