using System.Text;
using Kaggle.Runner.Report.Svg;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// What each ensemble fitted (<see cref="Kaggle.Core.Ensembles.EnsembleParameters"/> in run.json): its members' weights
/// as bars, or a stack's meta-learner with its coefficients and intercept.
/// </summary>
internal static class EnsembleSection
{
    public const string Id = "ensembles";

    public static ReportSection Build(ReportInput input)
    {
        const string Title = "Ensembles";
        var ensembles = input.Run.Models.Where(m => m.Ensemble is not null).ToList();
        if (ensembles.Count == 0)
            return ReportSection.Missing(Id, Title, "The run has no ensemble (a single model was submitted).");
        var figures = new List<(string, string)>();
        var notes = new StringBuilder();
        foreach (var (model, k) in ensembles.Select((m, k) => (m, k)))
        {
            var e = model.Ensemble!;
            var values = e.Weights ?? e.Coefficients;
            var submitted = model.Name == input.Run.Final ? " (submitted)" : "";
            if (values is { Count: > 0 } && values.Count == e.Members.Count)
            {
                var caption = $"{e.Name}{submitted}: {e.Method}, {(e.Weights is null ? "meta coefficients" : "weights")}, CV {Html.N(model.Cv.Mean)}";
                figures.Add((caption, BarChart.Render([.. e.Members.Select((m, i) => (m, values[i], 0.0))], Palette.Colour(k))));
            }
            else
            {
                notes.Append("<p><b>").Append(Html.E(e.Name + submitted)).Append("</b>: ").Append(Html.E(e.Method)).Append(" of ")
                    .Append(Html.E(string.Join(", ", e.Members))).Append(", CV ").Append(Html.N(model.Cv.Mean)).Append("</p>");
            }
            if (e.Meta is { } meta)
                notes.Append("<p class=\"muted\"><b>").Append(Html.E(e.Name)).Append("</b> meta-learner: ").Append(Html.E(meta))
                    .Append(e.MetaInputs is { } inputs ? $", inputs {Html.E(inputs)}" : "")
                    .Append(e.Intercept is { } b ? $", intercept {Html.N(b)}" : "").Append("</p>");
        }
        return new ReportSection(Id, Title, (figures.Count > 0 ? Html.Figures(figures) : "") + notes);
    }
}
