using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Kaggle.Api.FakeServer;

// The submission side: StartSubmissionUpload → PUT (storage) → CreateSubmission, then ListSubmissions / GetSubmission.
public sealed partial class FakeKaggleServer
{
    private Task StartUploadAsync(HttpContext context, FakeCompetition competition, JsonElement request)
    {
        var fileName = String(request, "fileName") ?? "";
        var length = Long(request, "contentLength");
        if (competition.KernelsSubmissionsOnly)
            return Error(context, 400, "This competition only accepts submissions from notebooks.");
        if (fileName.Length == 0 || fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal))
            return Error(context, 400, $"fileName must be a base name, got '{fileName}'");
        if (length <= 0 || length > Faults.MaxSubmissionBytes)
            return Error(context, 400, $"contentLength {length} is outside 1..{Faults.MaxSubmissionBytes}");
        Upload upload;
        lock (_gate)
        {
            var id = $"u_{_nextUpload++}";
            upload = new Upload { Slug = competition.Slug, FileName = fileName, Length = length, Token = $"tok_{Guid.NewGuid():N}" };
            _uploads[id] = upload;
            var createUrl = new Uri(StorageAddress, $"upload/storage/v1/b/kaggle-competitions-submissions/o?uploadType=resumable&upload_id={id}");
            return Json(context, 200, new { token = upload.Token, createUrl = createUrl.ToString() });
        }
    }

    private Task CreateSubmissionAsync(HttpContext context, FakeCompetition competition, JsonElement request)
    {
        var token = String(request, "blobFileTokens");
        lock (_gate)
        {
            var upload = _uploads.Values.FirstOrDefault(u => u.Token == token && u.Slug == competition.Slug);
            if (upload is null || upload.Used || upload.Content is null)
                return Error(context, 400, "Invalid blobFileTokens: unknown, already used, or never uploaded.");
            if (competition.KernelsSubmissionsOnly)
                return Error(context, 403, "This competition only accepts submissions from notebooks.");
            upload.Used = true;
            var message = $"Successfully submitted to {competition.Title}";
            if (UsedToday(competition) >= competition.MaxDailySubmissions)
            {
                return Faults.DailyLimit == DailyLimitMode.Silent200
                    ? Json(context, 200, new { message })
                    : Error(context, 400, $"Submission limit reached: {competition.MaxDailySubmissions} submissions per day.");
            }
            var submission = new FakeSubmission
            {
                Ref = _nextRef++,
                Description = String(request, "submissionDescription") ?? "",
                FileName = upload.FileName,
                Content = upload.Content,
                ViewsUntilScored = ScoringViews,
                PublicScore = NextScoringError is null ? NextScore : null,
                ErrorDescription = NextScoringError,
            };
            competition.Submissions.Add(submission);
            return Json(context, 200, new { message, @ref = submission.Ref });
        }
    }

    private Task ListSubmissionsAsync(HttpContext context, FakeCompetition competition, JsonElement request)
    {
        var (start, size) = Page(request);
        lock (_gate)
        {
            var newestFirst = Enumerable.Reverse(competition.Submissions).ToArray();
            var page = newestFirst.Skip(start).Take(size).Select(View).ToArray();
            return Json(context, 200, new { submissions = page, nextPageToken = NextToken(start, size, newestFirst.Length) });
        }
    }

    private FakeSubmission? FindSubmission(long reference)
    {
        lock (_gate)
            return _competitions.Values.SelectMany(c => c.Submissions).FirstOrDefault(s => s.Ref == reference);
    }

    /// <summary>The JSON of a submission; each view brings it one step closer to being scored.</summary>
    private object View(FakeSubmission submission)
    {
        lock (_gate)
        {
            submission.Views++;
            var scored = submission.IsScored;
            var error = scored ? submission.ErrorDescription : null;
            var status = !scored ? "PENDING" : error is not null ? "ERROR" : Faults.CompleteSpelling;
            return new
            {
                @ref = submission.Ref,
                totalBytes = submission.Content.LongLength,
                date = submission.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                description = submission.Description,
                errorDescription = error,
                fileName = submission.FileName,
                publicScore = scored && error is null ? submission.PublicScore ?? "" : "",
                privateScore = scored && error is null ? submission.PrivateScore ?? "" : "",
                status,
                submittedBy = "Demo User",
                submittedByRef = UserName,
                teamName = "Demo User",
                url = $"/submissions/{submission.Ref}/{submission.Ref}.raw",
            };
        }
    }

    private static int UsedToday(FakeCompetition competition)
    {
        var today = DateTimeOffset.UtcNow.UtcDateTime.Date;
        return competition.Submissions.Count(s => s.Date.UtcDateTime.Date == today && s.ErrorDescription is null);
    }
}
