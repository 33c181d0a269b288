using System.Globalization;
using Kaggle.Api.Http;
using Kaggle.Api.Models;
using Kaggle.Api.Protocol;

namespace Kaggle.Api;

// Submitting: quota check → StartSubmissionUpload → PUT → CreateSubmission → confirm it is listed → (wait for the score).
public sealed partial class KaggleClient
{
    private const int ConfirmTries = 3;

    /// <summary>
    /// Submits <paramref name="file"/> to <paramref name="slug"/> with <paramref name="message"/> (KAGGLE_API.md §4.1).
    /// Refuses before uploading when the competition takes no file submissions or today's quota is used up; fails when
    /// the PUT fails or when Kaggle reports success but no new submission is listed (seen after the daily limit).
    /// With <paramref name="wait"/>, polls ListSubmissions until the submission is scored.
    /// </summary>
    /// <exception cref="KaggleApiException">On any failure; nothing failed is reported as submitted.</exception>
    public async Task<SubmissionOutcome> SubmitAsync(
        string slug, string file, string message, bool wait = false, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        var info = new FileInfo(file);
        if (!info.Exists)
            throw new FileNotFoundException($"The submission file {info.FullName} does not exist.", info.FullName);
        if (info.Length == 0)
            throw new ArgumentException($"The submission file {info.FullName} is empty.", nameof(file));

        var quota = await CheckCanSubmitAsync(slug, cancellationToken).ConfigureAwait(false);
        var before = await RecentSubmissionsAsync(slug, cancellationToken).ConfigureAwait(false);

        var start = await _rpc.CallAsync<StartSubmissionUploadResponse>(
            RpcCall.Competition("StartSubmissionUpload", slug, $"start uploading {info.Name} to '{slug}'"),
            new StartSubmissionUploadRequest(slug, info.Length, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds(), info.Name),
            cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(start.Token) || !Uri.TryCreate(start.CreateUrl, UriKind.Absolute, out var createUrl))
            throw new KaggleApiException(KaggleErrorKind.Protocol,
                "Kaggle answered StartSubmissionUpload without a token and an absolute createUrl; nothing was uploaded.");

        await UploadAsync(createUrl, info, cancellationToken).ConfigureAwait(false);

        var created = await _rpc.CallAsync<CreateSubmissionResponse>(
            RpcCall.Competition("CreateSubmission", slug, $"create the submission of {info.Name} to '{slug}'", retryAll: false),
            new CreateSubmissionRequest(slug, start.Token, message ?? ""),
            cancellationToken).ConfigureAwait(false);
        var serverMessage = created.Message ?? "";
        var submission = await ConfirmAsync(slug, created, before, serverMessage, cancellationToken).ConfigureAwait(false);
        _rpc.Log.Information($"Submitted {info.Name} to '{slug}' as submission {submission.Ref}: {serverMessage}");

        if (wait)
            submission = await WaitForScoreAsync(slug, submission.Ref, cancellationToken).ConfigureAwait(false);
        var remaining = quota?.RemainingToday is { } left ? Math.Max(0, left - 1) : (int?)null;
        if (remaining is { } r)
            _rpc.Log.Information($"{r} submission{(r == 1 ? "" : "s")} left today for '{slug}'.");
        return new SubmissionOutcome(submission, serverMessage, remaining);
    }

    /// <summary>
    /// Today's use of the daily quota: GetSubmissionLimits when the server has it (kagglesdk ≥ 0.1.35), else today's
    /// (UTC) non-error submissions counted against GetCompetition's <c>maxDailySubmissions</c>.
    /// </summary>
    public async Task<SubmissionQuota> GetSubmissionQuotaAsync(string slug, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        return await QuotaAsync(slug, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls ListSubmissions every <see cref="KaggleClientOptions.PollInterval"/> until the submission is complete or in error.</summary>
    /// <returns>The scored submission; still pending when <see cref="KaggleClientOptions.MaxPolls"/> ran out (a warning is logged).</returns>
    /// <exception cref="KaggleApiException">Kind SubmissionFailed when scoring ended in ERROR, or the submission is not listed.</exception>
    public async Task<KaggleSubmission> WaitForScoreAsync(string slug, long reference, CancellationToken cancellationToken = default)
    {
        slug = NormalizeSlug(slug);
        KaggleSubmission? last = null;
        for (var poll = 0; poll < Math.Max(1, _options.MaxPolls); poll++)
        {
            if (poll > 0)
                await Task.Delay(_options.PollInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            last = (await RecentSubmissionsAsync(slug, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Ref == reference);
            if (last is null && poll + 1 >= ConfirmTries)
                throw new KaggleApiException(KaggleErrorKind.SubmissionFailed,
                    $"Submission {reference} is not among the submissions listed for '{slug}', so it cannot be waited for.");
            switch (last?.Status)
            {
                case SubmissionStatus.Complete:
                    _rpc.Log.Information($"Submission {reference} to '{slug}' scored: public {Format(last.PublicScore)}"
                        + (last.PrivateScore is { } p ? $", private {Format(p)}" : "") + ".");
                    return last;
                case SubmissionStatus.Error:
                    throw new KaggleApiException(KaggleErrorKind.SubmissionFailed,
                        $"Kaggle could not score submission {reference} to '{slug}': {last.ErrorDescription ?? "no reason given"}. "
                        + "Check the file against sample_submission.csv (columns, ids, row count).")
                    {
                        SubmissionReference = reference,
                    };
            }
        }
        _rpc.Log.Warning($"Submission {reference} to '{slug}' is still {last?.Status.ToString().ToUpperInvariant() ?? "unlisted"} after "
            + $"{_options.MaxPolls} polls; see https://www.kaggle.com/competitions/{slug}/submissions for its score later.");
        return last!;
    }

    private async Task<SubmissionQuota?> CheckCanSubmitAsync(string slug, CancellationToken cancellationToken)
    {
        var competition = await GetCompetitionAsync(slug, cancellationToken).ConfigureAwait(false);
        if (competition.KernelsSubmissionsOnly)
            throw new KaggleApiException(KaggleErrorKind.SubmissionsClosed,
                $"'{slug}' is a code competition: it takes submissions from notebooks only, not uploaded files. Nothing was uploaded.");
        if (competition.SubmissionsDisabled)
            throw new KaggleApiException(KaggleErrorKind.SubmissionsClosed,
                $"'{slug}' does not take submissions now (submissions are disabled). Nothing was uploaded.");
        var quota = await QuotaAsync(slug, competition, cancellationToken).ConfigureAwait(false);
        if (quota.RemainingToday is <= 0)
            throw new KaggleApiException(KaggleErrorKind.DailyLimit,
                $"Today's submissions to '{slug}' are used up ({quota.UsedToday} made, per {quota.Source}); the count resets at "
                + $"00:00 UTC, in {UntilMidnight()}. Nothing was uploaded.");
        return quota;
    }

    private async Task<SubmissionQuota> QuotaAsync(string slug, KaggleCompetition? competition, CancellationToken cancellationToken)
    {
        try
        {
            // Slug-less call: a 404 here usually means an older server without the method, not an unknown slug.
            var call = new RpcCall(RpcCall.Competitions, "GetSubmissionLimits", null, $"read the submission limits of '{slug}'");
            var limits = await _rpc.CallAsync<SubmissionLimitsDto>(call, new CompetitionRequest(slug), cancellationToken).ConfigureAwait(false);
            if (limits.NumAllowedNow is not null || limits.NumToday is not null)
                return new SubmissionQuota(limits.NumToday ?? 0, limits.NumAllowedNow, "GetSubmissionLimits");
        }
        catch (KaggleApiException e) when (e.StatusCode is 404 or 501 || e.Kind == KaggleErrorKind.Protocol)
        {
        }

        competition ??= await GetCompetitionAsync(slug, cancellationToken).ConfigureAwait(false);
        var today = _options.TimeProvider.GetUtcNow().UtcDateTime.Date;
        var recent = await PagesAsync<ListSubmissionsResponse, SubmissionDto>(
            SubmissionsCall(slug), token => new PagedCompetitionRequest(slug, PageSize, token), r => (r.Submissions, r.NextPageToken),
            int.MaxValue, page => page.Any(s => WireMapping.ParseDate(s.Date)?.UtcDateTime.Date < today), cancellationToken).ConfigureAwait(false);
        // Submissions that failed scoring are not counted (inference: Kaggle does not charge them against the daily limit).
        var used = recent.Select(s => s.ToModel()).Count(s => s.Date?.UtcDateTime.Date == today && s.Status != SubmissionStatus.Error);
        var remaining = competition.MaxDailySubmissions is > 0 and var max ? Math.Max(0, max - used) : (int?)null;
        return new SubmissionQuota(used, remaining, "ListSubmissions vs maxDailySubmissions");
    }

    private async Task UploadAsync(Uri createUrl, FileInfo file, CancellationToken cancellationToken)
    {
        var attempts = 0;
        HttpResponseMessage response;
        try
        {
            response = await _rpc.Retry.ExecuteAsync(async token =>
            {
                attempts++;
                // The PUT goes to storage with no Authorization header: the signed createUrl is the only credential.
                using var request = new HttpRequestMessage(HttpMethod.Put, createUrl) { Content = new StreamContent(file.OpenRead()) };
                request.Content.Headers.ContentLength = file.Length;
                return await _rpc.Storage.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new KaggleApiException(KaggleErrorKind.Upload,
                $"Could not upload {file.Name} to Kaggle's storage ({e.Message}), {attempts} attempts in all; nothing was submitted.", null, e);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is 200 or 201)
                return;
            var said = KaggleErrors.ExtractMessage(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            throw new KaggleApiException(KaggleErrorKind.Upload,
                $"Uploading {file.Name} to Kaggle's storage failed (HTTP {status}{(said is null ? "" : ": " + _rpc.Log.Redact(said))}), "
                + $"{attempts} attempts in all; nothing was submitted.", status);
        }
    }

    /// <summary>Trusts the submission only once ListSubmissions shows it: <c>ref</c> may be 0, or point at nothing, after the daily limit.</summary>
    private async Task<KaggleSubmission> ConfirmAsync(
        string slug, CreateSubmissionResponse created, IReadOnlyList<KaggleSubmission> before, string serverMessage,
        CancellationToken cancellationToken)
    {
        var known = before.Select(s => s.Ref).ToHashSet();
        for (var attempt = 0; attempt < ConfirmTries; attempt++)
        {
            if (attempt > 0)
                await Task.Delay(_options.PollInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            var now = await RecentSubmissionsAsync(slug, cancellationToken).ConfigureAwait(false);
            var found = created.Ref is > 0 and var reference
                ? now.FirstOrDefault(s => s.Ref == reference)
                : now.FirstOrDefault(s => s.Ref != 0 && !known.Contains(s.Ref));
            if (found is not null)
                return found;
        }
        throw new KaggleApiException(KaggleErrorKind.SubmissionFailed,
            $"Kaggle answered \"{_rpc.Log.Redact(serverMessage)}\" (ref {created.Ref ?? 0}) but no new submission is listed for '{slug}'. "
            + "Kaggle has answered like this when the daily submission limit was already used up; the submission did not happen.");
    }

    /// <summary>The first page of ListSubmissions (newest first): enough to find a submission just made.</summary>
    private async Task<List<KaggleSubmission>> RecentSubmissionsAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await _rpc.CallAsync<ListSubmissionsResponse>(
            SubmissionsCall(slug), new PagedCompetitionRequest(slug, PageSize, null), cancellationToken).ConfigureAwait(false);
        return (page.Submissions ?? []).Select(s => s.ToModel()).ToList();
    }

    private static RpcCall SubmissionsCall(string slug) =>
        RpcCall.Competition("ListSubmissions", slug, $"list the submissions to '{slug}'");

    private string UntilMidnight()
    {
        var now = _options.TimeProvider.GetUtcNow();
        var left = now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalHours} h {left.Minutes} min");
    }

    private static string Format(double? score) =>
        score?.ToString("R", CultureInfo.InvariantCulture) ?? "(none)";
}
