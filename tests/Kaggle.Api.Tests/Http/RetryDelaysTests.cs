using System.Net;
using System.Net.Http.Headers;
using Kaggle.Api.Http;

namespace Kaggle.Api.Tests.Http;

public sealed class RetryDelaysTests
{
    private static readonly KaggleClientOptions s_options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        MaxRetryDelay = TimeSpan.FromSeconds(60),
        UseJitter = false,
    };

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 8)]
    [InlineData(10, 60)]
    public void Backoff_DoublesUpToTheCap(int retry, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryDelays.Backoff(retry, s_options));

    [Fact]
    public void Backoff_Jitter_StaysWithinAQuarterAbove()
    {
        var delays = Enumerable.Range(0, 50).Select(_ => RetryDelays.Backoff(1, s_options with { UseJitter = true })).ToArray();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5)));
    }

    [Fact]
    public void RetryAfter_DateInThePast_IsZero()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(-5));

        Assert.Equal(TimeSpan.Zero, RetryDelays.RetryAfter(response, TimeProvider.System, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void RetryAfter_Absent_Null()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryDelays.RetryAfter(response, TimeProvider.System, TimeSpan.FromSeconds(60)));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public void IsTransient_429And5xx(HttpStatusCode status, bool expected) =>
        Assert.Equal(expected, RetryDelays.IsTransient(status));
}
