namespace Kaggle.Api.FakeServer;

/// <summary>One competition the fake server knows: its files, rules and submission settings.</summary>
public sealed class FakeCompetition
{
    public FakeCompetition(string slug, string? title = null)
    {
        Slug = slug;
        Title = title ?? slug;
    }

    public string Slug { get; }

    public string Title { get; }

    /// <summary>Data files by name (names may contain folders); served zipped by DownloadDataFiles.</summary>
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, DownloadDataFiles serves these bytes instead of a zip of <see cref="Files"/> (malicious or non-zip bodies).</summary>
    public byte[]? ArchiveOverride { get; set; }

    /// <summary>When set, DownloadDataFile serves a file as <c>&lt;name&gt;.zip</c> (Kaggle does so for big files).</summary>
    public bool ZipSingleFiles { get; set; }

    public bool RulesAccepted { get; set; } = true;

    public int MaxDailySubmissions { get; set; } = 5;

    public bool KernelsSubmissionsOnly { get; set; }

    public bool SubmissionsDisabled { get; set; }

    /// <summary>Newest last; listed newest first.</summary>
    public List<FakeSubmission> Submissions { get; } = [];

    /// <summary>Public leaderboard rows in rank order.</summary>
    public List<(long TeamId, string TeamName, string Score)> Leaderboard { get; } = [];
}
