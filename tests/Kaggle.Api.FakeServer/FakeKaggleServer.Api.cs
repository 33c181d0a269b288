using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kaggle.Api.FakeServer;

// The RPC side: POST /v1/{service}/{Method} with camelCase JSON (KAGGLE_API.md §3–§6, §8).
public sealed partial class FakeKaggleServer
{
    private const string RulesMessage = "You must accept this competition's rules before you'll be able to download files.";

    private async Task HandleApiAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        RecordWhenAnswered(context, "api", body);
        await DispatchApiAsync(context, body).ConfigureAwait(false);
    }

    private async Task DispatchApiAsync(HttpContext context, string body)
    {
        var parts = context.Request.Path.Value?.Trim('/').Split('/') ?? [];
        if (parts.Length != 3 || parts[0] != "v1")
        {
            await Error(context, 404, "NotFound").ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await Error(context, 405, "RPC methods take POST").ConfigureAwait(false);
            return;
        }
        var method = parts[2];
        if (NextRpcFailure(method) is { } failure)
        {
            if (failure.RetryAfter is not null)
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            await Error(context, failure.Status, failure.Message).ConfigureAwait(false);
            return;
        }
        using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        var request = json.RootElement;
        if (parts[1] == "security.OAuthService" && method == "IntrospectToken")
        {
            await IntrospectAsync(context, request).ConfigureAwait(false);
            return;
        }
        if (!IsAuthorized(context.Request.Headers.Authorization.FirstOrDefault()))
        {
            var echo = Faults.EchoAuthorization ? $" (got '{context.Request.Headers.Authorization}')" : "";
            await Error(context, 401, "Unauthorized" + echo).ConfigureAwait(false);
            return;
        }
        if (Faults.ErrorIn200 is { } inBody && inBody.Method == method)
        {
            await Json(context, 200, new { code = inBody.Code, message = inBody.Message }).ConfigureAwait(false);
            return;
        }
        if (parts[1] != "competitions.CompetitionApiService")
        {
            await Error(context, 404, "NotFound").ConfigureAwait(false);
            return;
        }
        if (method == "ListCompetitions")
        {
            await ListCompetitionsAsync(context, request).ConfigureAwait(false);
            return;
        }
        if (method == "GetSubmission")
        {
            var found = FindSubmission(Long(request, "ref"));
            await (found is null ? Error(context, 404, "NotFound") : Json(context, 200, View(found))).ConfigureAwait(false);
            return;
        }

        var slug = String(request, "competitionName");
        FakeCompetition? competition;
        lock (_gate)
            _competitions.TryGetValue(slug ?? "", out competition);
        if (competition is null)
        {
            await (Faults.UnknownSlugIs403
                ? Error(context, 403, "Permission 'competitions.participate' was denied")
                : Error(context, 404, "NotFound")).ConfigureAwait(false);
            return;
        }
        if (!competition.RulesAccepted && method is "DownloadDataFiles" or "DownloadDataFile" or "StartSubmissionUpload" or "CreateSubmission")
        {
            await Error(context, 403, RulesMessage).ConfigureAwait(false);
            return;
        }

        var task = method switch
        {
            "ListDataFiles" => ListDataFilesAsync(context, competition, request),
            "DownloadDataFiles" => RedirectAsync(context, competition.Slug, null),
            "DownloadDataFile" => DownloadDataFileAsync(context, competition, String(request, "fileName") ?? ""),
            "GetCompetition" => GetCompetitionAsync(context, competition),
            "GetSubmissionLimits" => GetSubmissionLimitsAsync(context, competition),
            "StartSubmissionUpload" => StartUploadAsync(context, competition, request),
            "CreateSubmission" => CreateSubmissionAsync(context, competition, request),
            "ListSubmissions" => ListSubmissionsAsync(context, competition, request),
            "GetLeaderboard" => GetLeaderboardAsync(context, competition, request),
            _ => Error(context, 404, "NotFound"),
        };
        await task.ConfigureAwait(false);
    }

    private FakeFailure? NextRpcFailure(string method)
    {
        lock (_gate)
        {
            if (Faults.Rpc.TryPeek(out var next) && (next.Method is null || next.Method == method))
            {
                Faults.Rpc.TryDequeue(out _);
                return next;
            }
            return null;
        }
    }

    private static bool IsAuthorized(string? header)
    {
        if (header is null)
            return false;
        if (header.StartsWith("Bearer ", StringComparison.Ordinal))
            return header["Bearer ".Length..] == Token;
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
            return false;
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])) == $"{UserName}:{Key}";
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private Task IntrospectAsync(HttpContext context, JsonElement request)
    {
        if (Faults.IntrospectStatus is { } status)
            return Error(context, status, "Permission denied");
        var active = String(request, "token") == Token;
        return active
            ? Json(context, 200, new { active = true, clientId = "kaggle-cli", username = UserName, userId = 42, scope = "resources.admin:*" })
            : Json(context, 200, new { active = false });
    }

    private Task ListCompetitionsAsync(HttpContext context, JsonElement request)
    {
        var search = String(request, "search") ?? "";
        lock (_gate)
        {
            var found = _competitions.Values.Where(c => c.Slug.Contains(search, StringComparison.OrdinalIgnoreCase))
                .Select(c => new { @ref = $"https://www.kaggle.com/competitions/{c.Slug}", title = c.Title }).ToArray();
            return Json(context, 200, new { competitions = found });
        }
    }

    private Task ListDataFilesAsync(HttpContext context, FakeCompetition competition, JsonElement request)
    {
        var (start, size) = Page(request);
        var names = competition.Files.Keys.Where(n => !n.EndsWith('/')).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var files = names.Skip(start).Take(size).Select(n => new
        {
            @ref = n,
            name = n,
            description = "",
            totalBytes = competition.Files[n].LongLength,
            url = $"/competitions/{competition.Slug}/download/{n}",
            creationDate = "2018-12-11T23:41:58.000Z",
        }).ToArray();
        return Json(context, 200, new { files, nextPageToken = NextToken(start, size, names.Length), childrenFetchTimeMs = 0 });
    }

    private Task DownloadDataFileAsync(HttpContext context, FakeCompetition competition, string fileName) =>
        competition.Files.ContainsKey(fileName) ? RedirectAsync(context, competition.Slug, fileName) : Error(context, 404, "NotFound");

    /// <summary>302 to a fresh signed storage URL (or the misbehaviour chosen in <see cref="FakeFaults.Redirect"/>).</summary>
    private Task RedirectAsync(HttpContext context, string slug, string? file)
    {
        var signature = Guid.NewGuid().ToString("N");
        lock (_gate)
            _signedUrls[signature] = (slug, file, false);
        var zipped = file is not null && Competition(slug).ZipSingleFiles;
        var name = file is null ? "archive.zip" : zipped ? file + ".zip" : file;
        var url = new Uri(StorageAddress,
            $"storage/kaggle-competitions-data/{slug}/{Uri.EscapeDataString(name)}?X-Goog-Signature={signature}&X-Goog-Expires=3600");
        switch (Faults.Redirect)
        {
            case RedirectMode.NoLocation:
                context.Response.StatusCode = 302;
                return Task.CompletedTask;
            case RedirectMode.JsonUrl:
                return Json(context, 200, new { url = url.ToString(), permanent = false });
            default:
                context.Response.StatusCode = Faults.Redirect == RedirectMode.Temporary307 ? 307 : 302;
                context.Response.Headers.Location = url.ToString();
                return Task.CompletedTask;
        }
    }

    private Task GetCompetitionAsync(HttpContext context, FakeCompetition competition) =>
        Json(context, 200, new
        {
            @ref = $"https://www.kaggle.com/competitions/{competition.Slug}",
            title = competition.Title,
            maxDailySubmissions = Faults.AdvertiseLimits ? competition.MaxDailySubmissions : (int?)null,
            maxTeamSize = 5,
            submissionsDisabled = competition.SubmissionsDisabled,
            isKernelsSubmissionsOnly = competition.KernelsSubmissionsOnly,
            deadline = "2030-01-07T23:59:00Z",
            userHasEntered = true,
            evaluationMetric = "Categorization Accuracy",
        });

    private Task GetSubmissionLimitsAsync(HttpContext context, FakeCompetition competition)
    {
        if (!Faults.AdvertiseLimits || !Faults.SubmissionLimitsMethod)
            return Error(context, 404, "NotFound");
        var today = UsedToday(competition);
        return Json(context, 200, new
        {
            numToday = today,
            numTotal = competition.Submissions.Count,
            numAllowedNow = Math.Max(0, competition.MaxDailySubmissions - today),
            limitedByTotal = false,
        });
    }

    private Task GetLeaderboardAsync(HttpContext context, FakeCompetition competition, JsonElement request)
    {
        var (start, size) = Page(request);
        var rows = competition.Leaderboard.Skip(start).Take(size)
            .Select(r => new { teamId = r.TeamId, teamName = r.TeamName, submissionDate = "2026-01-02T03:04:05Z", score = r.Score }).ToArray();
        return Json(context, 200, new { submissions = rows, nextPageToken = NextToken(start, size, competition.Leaderboard.Count) });
    }

    private (int Start, int Size) Page(JsonElement request)
    {
        var token = String(request, "pageToken");
        var start = int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var asked = request.TryGetProperty("pageSize", out var p) && p.TryGetInt32(out var n) && n > 0 ? n : 20;
        return (start, Math.Min(asked, Faults.MaxPageSize));
    }

    private static string NextToken(int start, int size, int count) =>
        start + size < count ? (start + size).ToString(CultureInfo.InvariantCulture) : "";

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var l) ? l : 0
            : 0;
}
