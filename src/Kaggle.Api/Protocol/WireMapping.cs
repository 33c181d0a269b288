using System.Globalization;
using Kaggle.Api.Models;

namespace Kaggle.Api.Protocol;

/// <summary>Turns wire DTOs into the public models: invariant-culture scores, lenient dates and status spellings.</summary>
internal static class WireMapping
{
    public static KaggleSubmission ToModel(this SubmissionDto dto) => new(
        dto.Ref ?? 0,
        ParseDate(dto.Date),
        dto.Description,
        dto.FileName,
        ParseStatus(dto.Status),
        ParseScore(dto.PublicScore),
        ParseScore(dto.PrivateScore),
        string.IsNullOrWhiteSpace(dto.ErrorDescription) ? null : dto.ErrorDescription);

    public static KaggleDataFile ToModel(this DataFileDto dto) =>
        new(dto.Name ?? dto.Ref ?? "", dto.TotalBytes, ParseDate(dto.CreationDate), dto.Description);

    public static KaggleCompetition ToModel(this CompetitionDto dto, string slug) => new(
        slug, dto.Title, dto.MaxDailySubmissions, dto.SubmissionsDisabled ?? false, dto.IsKernelsSubmissionsOnly ?? false,
        ParseDate(dto.Deadline));

    /// <summary>"COMPLETE", "complete", "SUBMISSION_STATUS_COMPLETE" and 1 all mean Complete.</summary>
    public static SubmissionStatus ParseStatus(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return SubmissionStatus.Unknown;
        var name = text.Trim();
        const string Prefix = "SUBMISSION_STATUS_";
        if (name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            name = name[Prefix.Length..];
        return name.ToUpperInvariant() switch
        {
            "PENDING" or "0" => SubmissionStatus.Pending,
            "COMPLETE" or "COMPLETED" or "1" => SubmissionStatus.Complete,
            "ERROR" or "2" => SubmissionStatus.Error,
            _ => SubmissionStatus.Unknown,
        };
    }

    /// <summary>Scores are strings ("0.77511"), empty while pending; parsed with the invariant culture.</summary>
    public static double? ParseScore(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>ISO-8601 with or without fractional seconds; a missing offset means UTC.</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    /// <summary>The slug at the end of a competition ref such as "https://www.kaggle.com/competitions/titanic".</summary>
    public static string SlugOfRef(string reference)
    {
        var trimmed = reference.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }
}
