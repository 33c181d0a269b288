namespace Kaggle.Api.FakeServer;

/// <summary>A submission held by the fake server; it turns COMPLETE (or ERROR) after <see cref="ViewsUntilScored"/> listings.</summary>
public sealed class FakeSubmission
{
    public long Ref { get; init; }

    public DateTimeOffset Date { get; init; } = DateTimeOffset.UtcNow;

    public string Description { get; init; } = "";

    public string FileName { get; init; } = "submission.csv";

    public byte[] Content { get; init; } = [];

    /// <summary>How many times ListSubmissions/GetSubmission show it PENDING before it is scored.</summary>
    public int ViewsUntilScored { get; set; }

    public int Views { get; set; }

    public string? PublicScore { get; set; } = "0.77511";

    public string? PrivateScore { get; set; }

    /// <summary>When set, scoring ends in ERROR with this description.</summary>
    public string? ErrorDescription { get; set; }

    public bool IsScored => Views > ViewsUntilScored;
}
