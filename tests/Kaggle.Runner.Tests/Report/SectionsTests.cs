using Kaggle.Runner.Report;
using Kaggle.Runner.Report.Sections;

namespace Kaggle.Runner.Tests.Report;

public sealed class SectionsTests
{
    [Fact]
    public void Scores_FullRun_ListsEveryModelWithMeanStdAndSubmittedTag()
    {
        var section = ScoresSection.Build(SyntheticRuns.Binary());

        Assert.False(section.Omitted);
        Assert.Contains("logreg", section.Body);
        Assert.Contains("gbdt", section.Body);
        Assert.Contains("<strong>blend</strong> <span class=\"tag\">submitted</span>", section.Body);
        Assert.Contains("0.8000 <span class=\"muted\">± 0.0140</span>", section.Body);
        Assert.Equal(3 * 5, Count(section.Body, "<circle")); // one dot per fold of each of the three models
    }

    [Fact]
    public void Importance_FullRun_ShowsGainAndSignedCoefficients()
    {
        var section = ImportanceSection.Build(SyntheticRuns.Binary());

        Assert.Contains("gbdt: gain, top 3 of 3 features", section.Body);
        Assert.Contains("logreg: coefficient, top 2 of 2 features", section.Body);
        Assert.Contains(">Pclass<", section.Body);
        Assert.Contains(">-1.2<", section.Body);
    }

    [Fact]
    public void Curves_EpochLogAndBoosterCurve_PlotsBothAndMarksBestRound()
    {
        var section = CurvesSection.Build(SyntheticRuns.Binary());

        Assert.Contains("mlp: loss per epoch", section.Body);
        Assert.Contains("mlp: accuracy per epoch", section.Body);
        Assert.Contains("gbdt: validation log-loss per round (mean over 5 fold fits)", section.Body);
        Assert.Contains("best: round 3", section.Body);
    }

    [Fact]
    public void Diagnostics_PerfectBinaryScores_RocAucAndAveragePrecisionOne()
    {
        var section = DiagnosticsSection.Build(SyntheticRuns.Binary());

        Assert.Contains("AUC 1.0000", section.Body);
        Assert.Contains("AP 1.0000", section.Body);
        Assert.Contains("blend: calibration", section.Body);
    }

    [Fact]
    public void Diagnostics_Multiclass_ConfusionMatrixCountsClassTwoAsOne()
    {
        var section = DiagnosticsSection.Build(SyntheticRuns.Multiclass());

        Assert.Contains("<table class=\"confusion\">", section.Body);
        // Row "c": 0 predicted as a, 2 as b, 0 as c, recall 0.
        Assert.Matches("<tr><th>c</th><td[^>]*>0</td><td[^>]*>2</td><td[^>]*>0</td><td>0.000</td></tr>", section.Body);
    }

    [Fact]
    public void Diagnostics_Regression_PlotsResidualsOfOne()
    {
        var section = DiagnosticsSection.Build(SyntheticRuns.Regression());

        Assert.Contains("residuals against predictions (20 rows)", section.Body);
        Assert.Contains("residual (target − prediction)", section.Body);
    }

    [Fact]
    public void Distribution_TestConstant_ReportsBothMeans()
    {
        var section = DistributionSection.Build(SyntheticRuns.Binary());

        Assert.Contains("blend: mean 0.5 (out-of-fold) against 0.3 (test)", section.Body);
        Assert.Contains("out-of-fold (100)", section.Body);
        Assert.Contains("test (40)", section.Body);
    }

    [Fact]
    public void Histogram_Density_IntegratesToOne()
    {
        var values = Enumerable.Range(0, 1000).Select(i => i / 1000.0).ToArray();

        var points = DistributionSection.Histogram(values, 0, 1);

        var area = 0.0;
        for (var k = 0; k < points.Count; k += 2) area += (points[k + 1].X - points[k].X) * points[k].Y;
        Assert.Equal(1.0, area, 9);
    }

    [Fact]
    public void Ensembles_Blend_ShowsMemberWeights()
    {
        var section = EnsembleSection.Build(SyntheticRuns.Binary());

        Assert.Contains("blend (submitted): blend, weights", section.Body);
        Assert.Contains(">0.7<", section.Body);
        Assert.Contains(">0.3<", section.Body);
    }

    [Fact]
    public void Adversarial_HighAuc_SaysDifferentAndShowsFeaturesAndHoldout()
    {
        var section = AdversarialSection.Build(SyntheticRuns.Binary());

        Assert.Contains("AUC 0.8300", section.Body);
        Assert.Contains("test rows differ clearly", section.Body);
        Assert.Contains(">Fare<", section.Body);
        Assert.Contains("<b>20%</b> most test-like", section.Body);
    }

    [Fact]
    public void History_TwoRuns_ListsPublicScoreAndGap()
    {
        var section = HistorySection.Build(SyntheticRuns.Binary());

        Assert.Contains("2 runs", section.Body);
        Assert.Contains("0.7650", section.Body);
        Assert.Contains("-0.0150", section.Body); // public 0.765 − CV 0.78
        Assert.Contains("<strong>20261204-120000_blend_cv0.8000</strong>", section.Body);
    }

    [Fact]
    public void Sections_BareRun_OmitWhatIsMissingWithANote()
    {
        var input = SyntheticRuns.Binary(full: false) with { OutOfFold = null, Test = null };

        var sections = RunReport.Sections(input).ToDictionary(s => s.Id);

        foreach (var id in new[] { ImportanceSection.Id, CurvesSection.Id, DiagnosticsSection.Id, DistributionSection.Id, EnsembleSection.Id, AdversarialSection.Id })
        {
            Assert.True(sections[id].Omitted, id);
            Assert.Contains("class=\"note\"", sections[id].Body);
        }
        Assert.False(sections[ScoresSection.Id].Omitted);
        Assert.False(sections[HistorySection.Id].Omitted);
    }

    [Fact]
    public void Page_FullRun_EverySectionAndNothingFetched()
    {
        var input = SyntheticRuns.Binary();

        var page = RunReport.Page(input, RunReport.Sections(input));

        Assert.Equal(RunReport.Builders.Count, Count(page, "<section id="));
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("src=", page);
        Assert.DoesNotContain("href=\"http", page);
        Assert.StartsWith("<!DOCTYPE html>", page);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
