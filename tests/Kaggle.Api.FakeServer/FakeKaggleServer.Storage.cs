using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Kaggle.Api.FakeServer;

// The storage host: signed GETs (Range, 206/416, x-goog-hash, cut connections, expiry) and the upload PUT.
public sealed partial class FakeKaggleServer
{
    private async Task HandleStorageAsync(HttpContext context)
    {
        RecordWhenAnswered(context, "storage", "");
        // GCS refuses a signed URL that also carries credentials; a client that leaks its header fails here.
        if (context.Request.Headers.Authorization.Count > 0)
            await Text(context, 400, "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>",
                "application/xml").ConfigureAwait(false);
        else if (HttpMethods.IsPut(context.Request.Method))
            await PutUploadAsync(context).ConfigureAwait(false);
        else if (HttpMethods.IsGet(context.Request.Method))
            await GetSignedAsync(context).ConfigureAwait(false);
        else
            await Text(context, 405, "Method not allowed").ConfigureAwait(false);
    }

    private async Task PutUploadAsync(HttpContext context)
    {
        var id = context.Request.Query["upload_id"].ToString();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        if (Faults.Upload.TryDequeue(out var status))
        {
            await Text(context, status, $"Upload refused with {status}").ConfigureAwait(false);
            return;
        }
        Upload? upload;
        lock (_gate)
            _uploads.TryGetValue(id, out upload);
        if (upload is null)
        {
            await Text(context, 404, "No such upload session").ConfigureAwait(false);
            return;
        }
        if (buffer.Length != upload.Length)
        {
            await Text(context, 400, $"Expected {upload.Length} bytes (contentLength) but received {buffer.Length}").ConfigureAwait(false);
            return;
        }
        lock (_gate)
            upload.Content = buffer.ToArray();
        await Json(context, 200, new { kind = "storage#object", name = upload.FileName, size = buffer.Length.ToString(CultureInfo.InvariantCulture) })
            .ConfigureAwait(false);
    }

    private async Task GetSignedAsync(HttpContext context)
    {
        var signature = context.Request.Query["X-Goog-Signature"].ToString();
        (string Slug, string? File, bool Used) url;
        lock (_gate)
        {
            if (!_signedUrls.TryGetValue(signature, out url) || (url.Used && Faults.SingleUseUrls))
            {
                url = default;
            }
            else
            {
                _signedUrls[signature] = url with { Used = true };
            }
        }
        if (url.Slug is null)
        {
            await Text(context, 403, "<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>",
                "application/xml").ConfigureAwait(false);
            return;
        }
        if (Faults.StorageGet.TryDequeue(out var failure))
        {
            await Text(context, failure, $"Storage failure {failure}").ConfigureAwait(false);
            return;
        }
        var content = Content(url.Slug, url.File);
        await ServeAsync(context, content, url.File is null || Competition(url.Slug).ZipSingleFiles).ConfigureAwait(false);
    }

    private byte[] Content(string slug, string? file)
    {
        var competition = Competition(slug);
        if (file is null)
            return competition.ArchiveOverride ?? Zip(competition.Files);
        var bytes = competition.Files[file];
        return competition.ZipSingleFiles ? Zip([new(Path.GetFileName(file), bytes)]) : bytes;
    }

    private async Task ServeAsync(HttpContext context, byte[] content, bool zip)
    {
        var response = context.Response;
        response.Headers.AcceptRanges = "bytes";
        if (!Faults.OmitLastModified)
            response.Headers.LastModified = s_lastModified.ToString("R", CultureInfo.InvariantCulture);
        if (!Faults.OmitMd5)
            response.Headers["x-goog-hash"] = $"crc32c=AAAAAA==,md5={Md5Base64(Faults.WrongMd5 ? [.. content, 0] : content)}";
        response.ContentType = zip ? "application/zip" : "application/octet-stream";

        long start = 0;
        var range = context.Request.Headers.Range.ToString();
        if (range.StartsWith("bytes=", StringComparison.Ordinal) && !Faults.IgnoreRange)
        {
            start = long.Parse(range["bytes=".Length..].TrimEnd('-'), CultureInfo.InvariantCulture);
            if (start >= content.Length)
            {
                response.StatusCode = 416;
                response.Headers.ContentRange = $"bytes */{content.Length}";
                return;
            }
            response.StatusCode = 206;
            response.Headers.ContentRange = $"bytes {start}-{content.Length - 1}/{content.Length}";
        }
        var slice = content.AsMemory((int)start);
        if (!Faults.OmitContentLength)
            response.ContentLength = slice.Length;

        var cut = false;
        lock (_gate)
        {
            if (Faults.CutDownloads > 0)
            {
                Faults.CutDownloads--;
                cut = true;
            }
        }
        if (cut)
        {
            // Announce everything, send half, then drop the connection: the client sees a truncated body.
            await response.Body.WriteAsync(slice[..Math.Max(1, slice.Length / 2)]).ConfigureAwait(false);
            await response.Body.FlushAsync().ConfigureAwait(false);
            context.Abort();
            return;
        }
        await response.Body.WriteAsync(slice).ConfigureAwait(false);
    }
}
