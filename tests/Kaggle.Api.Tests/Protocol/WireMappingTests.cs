using System.Text.Json;
using Kaggle.Api.Models;
using Kaggle.Api.Protocol;

namespace Kaggle.Api.Tests.Protocol;

public sealed class WireMappingTests
{
    [Theory]
    [InlineData("COMPLETE", SubmissionStatus.Complete)]
    [InlineData("complete", SubmissionStatus.Complete)]
    [InlineData("SUBMISSION_STATUS_COMPLETE", SubmissionStatus.Complete)]
    [InlineData("submission_status_pending", SubmissionStatus.Pending)]
    [InlineData("PENDING", SubmissionStatus.Pending)]
    [InlineData("error", SubmissionStatus.Error)]
    [InlineData("2", SubmissionStatus.Error)]
    [InlineData("", SubmissionStatus.Unknown)]
    [InlineData("RUNNING", SubmissionStatus.Unknown)]
    public void ParseStatus_LenientSpellings(string text, SubmissionStatus expected) =>
        Assert.Equal(expected, WireMapping.ParseStatus(text));

    [Theory]
    [InlineData("0.77511", 0.77511)]
    [InlineData("1e-3", 0.001)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("0,5", null)]
    public void ParseScore_InvariantCulture(string? text, double? expected) =>
        Assert.Equal(expected, WireMapping.ParseScore(text));

    [Theory]
    [InlineData("2026-01-02T03:04:05.678Z", 678)]
    [InlineData("2026-01-02T03:04:05Z", 0)]
    [InlineData("2026-01-02T03:04:05", 0)]
    public void ParseDate_WithOrWithoutFractionAndOffset_IsUtc(string text, int milliseconds)
    {
        var date = WireMapping.ParseDate(text)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, milliseconds, TimeSpan.Zero), date);
    }

    [Fact]
    public void Deserialize_Proto3Shapes_NumbersAsStringsAndUnknownFieldsAccepted()
    {
        const string Json = """
            {"submissions":[{"ref":"123456789","totalBytes":"2839","publicScore":0.5,"status":1,"unknownField":{"x":[1,2]},
              "date":"2026-01-02T03:04:05.678Z"}],"nextPageToken":""}
            """;

        var response = JsonSerializer.Deserialize<ListSubmissionsResponse>(Json, KaggleJson.Options)!;
        var submission = response.Submissions![0].ToModel();

        Assert.Equal(123456789, submission.Ref);
        Assert.Equal(0.5, submission.PublicScore);
        Assert.Equal(SubmissionStatus.Complete, submission.Status);
    }

    [Fact]
    public void Serialize_Request_CamelCaseWithoutNulls()
    {
        var json = JsonSerializer.Serialize(new PagedCompetitionRequest("titanic", 20, null), KaggleJson.Options);

        Assert.Equal("""{"competitionName":"titanic","pageSize":20}""", json);
    }

    [Fact]
    public void SlugOfRef_TakesTheLastSegment() =>
        Assert.Equal("titanic", WireMapping.SlugOfRef("https://www.kaggle.com/competitions/titanic/"));
}
