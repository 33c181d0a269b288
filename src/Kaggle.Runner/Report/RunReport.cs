using System.Text;
using Kaggle.Core.IO;
using Kaggle.Runner.Report.Sections;

namespace Kaggle.Runner.Report;

/// <summary>
/// The run report, <c>submissions/&lt;slug&gt;/runs/&lt;run-id&gt;/report.html</c>: one self-contained page (inline SVG and
/// CSS, no script, nothing fetched) built from the run record, its prediction files and the competition's other runs.
/// Sections: cross-validation, feature importance, learning curves, out-of-fold diagnostics, test against out-of-fold
/// predictions, ensembles, adversarial validation, history. A section whose data the run lacks says so instead.
/// </summary>
internal static class RunReport
{
    public const string FileName = "report.html";

    /// <summary>The section builders, in page order.</summary>
    public static IReadOnlyList<Func<ReportInput, ReportSection>> Builders { get; } =
    [
        ScoresSection.Build, ImportanceSection.Build, CurvesSection.Build, DiagnosticsSection.Build,
        DistributionSection.Build, EnsembleSection.Build, AdversarialSection.Build, HistorySection.Build,
    ];

    public static IReadOnlyList<ReportSection> Sections(ReportInput input) => [.. Builders.Select(build => build(input))];

    /// <summary>Writes the report into <paramref name="runFolder"/> (atomically) and returns its path.</summary>
    public static string Write(string runFolder, ReportInput input)
    {
        var path = Path.Combine(runFolder, FileName);
        AtomicFile.WriteAllText(path, Page(input, Sections(input)));
        return path;
    }

    public static string Page(ReportInput input, IReadOnlyList<ReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(input);
        var run = input.Run;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(Html.E($"{run.Competition} · {run.RunId}")).Append("</title><style>").Append(ReportStyle.Css).Append("</style></head><body>");
        html.Append("<header><div class=\"eyebrow\">").Append(Html.E(run.Competition)).Append(" · run report</div><h1>").Append(Html.E(run.RunId)).Append("</h1>");
        html.Append("<div class=\"cards\">")
            .Append(Card("CV " + run.Cv.Metric, $"{Html.N(run.Cv.Mean)} <small>± {Html.N(run.Cv.Std)}</small>"))
            .Append(Card("out-of-fold", Html.N(run.Cv.OofScore)))
            .Append(Card("public score", Html.N(run.PublicScore)))
            .Append(Card("submitted", Html.E(run.Final)))
            .Append(Card("created (UTC)", Html.E(run.CreatedUtc.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))))
            .Append(Card("commit", Html.E(run.Git.Commit.Length > 8 ? run.Git.Commit[..8] : run.Git.Commit) + (run.Git.Dirty ? " <small>dirty</small>" : "")))
            .Append(Card("duration", Html.N(run.DurationsSeconds.GetValueOrDefault("total"), 1) + " <small>s</small>"))
            .Append("</div><nav>");
        foreach (var s in sections) html.Append($"<a href=\"#{s.Id}\"{(s.Omitted ? " class=\"omitted\"" : "")}>").Append(Html.E(s.Title)).Append("</a>");
        html.Append("</nav></header><main>");
        foreach (var s in sections)
            html.Append($"<section id=\"{s.Id}\"><h2>").Append(Html.E(s.Title)).Append("</h2>").Append(s.Body).Append("</section>");
        html.Append("</main><footer>").Append(Html.E($"{run.FoldScheme} · seeds {string.Join(", ", run.Seeds)} · submission {run.Submission.Path}")).Append("</footer></body></html>\n");
        return html.ToString();
    }

    private static string Card(string label, string valueHtml) => $"<div class=\"card\"><div class=\"label\">{Html.E(label)}</div><div class=\"value\">{valueHtml}</div></div>";
}
