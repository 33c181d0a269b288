namespace Kaggle.Runner.Report;

/// <summary>One section of the run report: an anchor id, a title and its HTML body (a note when the run lacks the data).</summary>
internal sealed record ReportSection(string Id, string Title, string Body)
{
    /// <summary>True when the section shows only a note saying what is missing.</summary>
    public bool Omitted { get; init; }

    public static ReportSection Missing(string id, string title, string why) => new(id, title, Html.Note(why)) { Omitted = true };
}
