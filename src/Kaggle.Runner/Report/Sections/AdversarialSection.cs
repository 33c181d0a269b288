using Kaggle.Runner.Report.Svg;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// The adversarial validation's verdict: how well a classifier tells test rows from training rows (AUC, read as alike,
/// somewhat different or different), the features that tell them apart, and whether the run validated on the most
/// test-like training rows.
/// </summary>
internal static class AdversarialSection
{
    public const string Id = "adversarial";

    public static ReportSection Build(ReportInput input)
    {
        const string Title = "Adversarial validation";
        if (input.Run.Adversarial is not { } adversarial)
            return ReportSection.Missing(Id, Title, "The experiment sets no adversarial classifier (Experiment.Adversarial).");
        var (verdict, css) = adversarial.Auc switch
        {
            < 0.6 => ("test rows look like training rows: random folds are test-like", "good"),
            < 0.75 => ("test rows differ somewhat: watch the gap between CV and the leaderboard", "warn"),
            _ => ("test rows differ clearly: CV describes rows unlike the test set; consider cv.scheme \"adversarial\"", "bad"),
        };
        var body = $"<p><span class=\"big {css}\">AUC {Html.N(adversarial.Auc)}</span> {Html.E(verdict)}.</p>"
            + $"<p class=\"muted\">'{Html.E(adversarial.Model)}' cross-validated on {adversarial.TrainRows} training and {adversarial.TestRows} test rows; 0.5 means it cannot tell them apart.</p>";
        if (adversarial.Holdout is { } holdout)
            body += $"<p>This run validated on the <b>{Html.N(holdout * 100, 0)}%</b> most test-like training rows (cv.scheme \"adversarial\").</p>";
        body += adversarial.TopFeatures.Count == 0
            ? Html.Note("The adversarial classifier exposes no feature importances.")
            : Html.Figures([("features that tell test rows from training rows (gain)", BarChart.Render([.. adversarial.TopFeatures.Select(w => (w.Feature, w.Mean, w.Std))], Palette.Colour(2)))]);
        return new ReportSection(Id, Title, body);
    }
}
