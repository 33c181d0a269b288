using Kaggle.Api.Download;
using Kaggle.Api.Http;
using Kaggle.Api.Models;
using Kaggle.Api.Protocol;

namespace Kaggle.Api;

// Competition data: listing, downloading (302 → signed storage URL, resumable), extracting, and GetCompetition.
public sealed partial class KaggleClient
{
    /// <summary>Every data file of a competition (ListDataFiles, all pages).</summary>
    public async Task<IReadOnlyList<KaggleDataFile>> ListDataFilesAsync(string slug, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        var call = RpcCall.Competition("ListDataFiles", slug, $"list the files of '{slug}'");
        var files = await PagesAsync<ListDataFilesResponse, DataFileDto>(
            call, token => new PagedCompetitionRequest(slug, PageSize, token), r => (r.Files, r.NextPageToken),
            int.MaxValue, null, cancellationToken).ConfigureAwait(false);
        return files.Select(f => f.ToModel()).ToArray();
    }

    /// <summary>
    /// Downloads all of a competition's files as <c>&lt;destination&gt;/&lt;slug&gt;.zip</c> (resuming a partial download,
    /// skipping an up-to-date one unless <paramref name="force"/>) and extracts it safely into <paramref name="destination"/>.
    /// </summary>
    public async Task<DownloadResult> DownloadAllAsync(
        string slug, string destination, bool force = false, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        Directory.CreateDirectory(destination);
        var call = RpcCall.Competition("DownloadDataFiles", slug, $"download the files of '{slug}'");
        var archive = Path.Combine(destination, slug + ".zip");
        var fetched = await FetchAsync(call, new CompetitionRequest(slug), archive, force, cancellationToken).ConfigureAwait(false);
        return new DownloadResult(archive, ExtractOrDelete(archive, destination, keepExisting: !fetched), !fetched);
    }

    /// <summary>
    /// Downloads one file of a competition into <paramref name="destination"/>, named as storage names it (Kaggle may
    /// send <c>train.csv.zip</c> for <c>train.csv</c>: such a zip is extracted next to itself).
    /// </summary>
    public async Task<DownloadResult> DownloadFileAsync(
        string slug, string fileName, string destination, bool force = false, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        Directory.CreateDirectory(destination);
        var call = RpcCall.Competition("DownloadDataFile", slug, $"download {fileName} of '{slug}'");
        var request = new DownloadDataFileRequest(slug, fileName);
        var url = await _rpc.RedirectAsync(call, request, cancellationToken).ConfigureAwait(false);
        var target = Path.Combine(destination, StorageFileName(url, fileName));
        var fetched = await FetchAsync(call, request, target, force, cancellationToken, url).ConfigureAwait(false);
        var zipped = target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        var files = zipped ? ExtractOrDelete(target, destination, keepExisting: !fetched) : [target];
        return new DownloadResult(target, files, !fetched);
    }

    /// <summary>The competition's submission rules: daily limit, code-only, disabled (GetCompetition).</summary>
    public async Task<KaggleCompetition> GetCompetitionAsync(string slug, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        var call = RpcCall.Competition("GetCompetition", slug, $"read the competition '{slug}'");
        var dto = await _rpc.CallAsync<CompetitionDto>(call, new CompetitionRequest(slug), cancellationToken).ConfigureAwait(false);
        return dto.ToModel(slug);
    }

    private async Task<bool> FetchAsync(
        RpcCall call, object request, string target, bool force, CancellationToken cancellationToken, Uri? firstUrl = null)
    {
        var url = firstUrl ?? await _rpc.RedirectAsync(call, request, cancellationToken).ConfigureAwait(false);
        var downloader = new SignedUrlDownloader(_rpc.Storage, _options, _rpc.Log);
        return await DownloadProgress.RunAsync(Path.GetFileName(target), _options.ShowProgress, progress =>
            downloader.DownloadAsync(url, token => _rpc.RedirectAsync(call, request, token), target, force, progress, cancellationToken))
            .ConfigureAwait(false);
    }

    /// <summary>Extracts; a corrupt or hostile archive is deleted so the next run fetches it again rather than skipping it.</summary>
    private static IReadOnlyList<string> ExtractOrDelete(string archive, string destination, bool keepExisting)
    {
        try
        {
            return SafeZip.Extract(archive, destination, keepExisting);
        }
        catch (KaggleApiException e) when (e.Kind == KaggleErrorKind.Corrupt)
        {
            File.Delete(archive);
            throw;
        }
    }

    /// <summary>The last segment of the signed URL's path (the CLI's naming), or the requested name when that is unusable.</summary>
    private static string StorageFileName(Uri url, string requested)
    {
        var name = Path.GetFileName(Uri.UnescapeDataString(url.AbsolutePath));
        var usable = name.Length > 0 && name is not "." and not ".." && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
        return usable ? name : Path.GetFileName(requested.Replace('\\', '/'));
    }
}
