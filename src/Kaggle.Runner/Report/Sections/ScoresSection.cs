using System.Globalization;
using System.Text;
using Kaggle.Runner.Report.Svg;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// Cross-validation of every model and ensemble: mean ± std of the fold scores, the out-of-fold score, the spread over
/// seeds, and a strip of the fold scores on one shared scale (the submitted model first, highlighted).
/// </summary>
internal static class ScoresSection
{
    public const string Id = "scores";

    public static ReportSection Build(ReportInput input)
    {
        var run = input.Run;
        if (run.Models.Count == 0) return ReportSection.Missing(Id, "Cross-validation", "The run recorded no model.");
        var models = run.Models.OrderByDescending(m => m.Name == run.Final)
            .ThenBy(m => run.Cv.HigherIsBetter ? -m.Cv.Mean : m.Cv.Mean).ToList();
        var scores = models.SelectMany(m => m.Cv.Folds.Select(f => f.Score)).Where(double.IsFinite).ToList();
        var (min, max) = Ticks.Padded(scores.Count > 0 ? scores : [0, 1]);
        var rows = models.Select(m => new[]
        {
            (m.Name == run.Final ? "<strong>" + Html.E(m.Name) + "</strong> <span class=\"tag\">submitted</span>" : Html.E(m.Name))
                + (m.Ensemble is { } e ? $" <span class=\"tag ensemble\">{Html.E(e.Method)}</span>" : ""),
            $"{Html.N(m.Cv.Mean)} <span class=\"muted\">± {Html.N(m.Cv.Std)}</span>",
            Html.N(m.Cv.OofScore),
            m.Cv.SeedMeans.Count > 1 ? Html.N(m.Cv.SeedStd) : "–",
            Strip(m.Cv.Folds, min, max, m.Name == run.Final),
            Html.N(m.Seconds, 1),
        });
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p>Metric <b>{Html.E(run.Cv.Metric)}</b> ({(run.Cv.HigherIsBetter ? "higher" : "lower")} is better), "
            + $"{Html.E(run.FoldScheme)}. Each dot is one fold; the bar spans mean ± std.</p>");
        body.Append(Html.Table(["model", "CV mean ± std", "out-of-fold", "seed std", $"fold scores ({Html.G(min)} … {Html.G(max)})", "seconds"], rows, "scores"));
        return new ReportSection(Id, "Cross-validation", body.ToString());
    }

    /// <summary>A 240×22 strip: the fold scores as dots and mean ± std as a bar, on the shared range.</summary>
    private static string Strip(IReadOnlyList<FoldScore> folds, double min, double max, bool final)
    {
        const int Width = 240, Height = 22;
        double Sx(double v) => 4 + (v - min) / (max - min) * (Width - 8);
        var colour = final ? Palette.Colour(1) : Palette.Colour(0);
        var svg = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" class=\"strip\">"));
        svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"4\" x2=\"{Width - 4}\" y1=\"{Height / 2}\" y2=\"{Height / 2}\" stroke=\"{Palette.Grid}\"/>"));
        var values = folds.Select(f => f.Score).Where(double.IsFinite).ToList();
        if (values.Count > 0)
        {
            var mean = values.Average();
            var std = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
            svg.Append(string.Create(CultureInfo.InvariantCulture,
                $"<rect x=\"{Sx(mean - std):F1}\" y=\"{Height / 2 - 4}\" width=\"{Math.Max(Sx(mean + std) - Sx(mean - std), 1):F1}\" height=\"8\" rx=\"3\" fill=\"{colour}\" fill-opacity=\"0.25\"/>"));
            foreach (var v in values)
                svg.Append(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{Sx(v):F1}\" cy=\"{Height / 2}\" r=\"2.5\" fill=\"{colour}\" fill-opacity=\"0.7\"/>"));
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{Sx(mean):F1}\" x2=\"{Sx(mean):F1}\" y1=\"3\" y2=\"{Height - 3}\" stroke=\"{Palette.Text}\" stroke-width=\"2\"/>"));
        }
        return svg.Append("</svg>").ToString();
    }
}
