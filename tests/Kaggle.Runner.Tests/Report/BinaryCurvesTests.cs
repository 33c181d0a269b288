using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Runner.Report.Sections;

namespace Kaggle.Runner.Tests.Report;

public sealed class BinaryCurvesTests
{
    [Fact]
    public void Roc_TiedAndNoisyScores_AreaEqualsRocAucMetric()
    {
        var y = Enumerable.Range(0, 200).Select(i => (i * 7 % 5) < 2 ? 1.0 : 0.0).ToArray();
        var score = Enumerable.Range(0, 200).Select(i => Math.Round(((i * 13 % 17) + 10 * y[i]) / 27.0, 1)).ToArray();

        var (points, auc) = BinaryCurves.Roc(y, score);

        Assert.Equal(new RocAuc().Score(y, Matrix.FromColumn(score)), auc, 12);
        Assert.Equal((0.0, 0.0), points[0]);
        Assert.Equal((1.0, 1.0), points[^1]);
    }

    [Fact]
    public void PrecisionRecall_Perfect_AverageOneAndEndsAtBaseRate()
    {
        double[] y = [0, 0, 1, 1];
        double[] score = [0.1, 0.2, 0.8, 0.9];

        var (points, ap) = BinaryCurves.PrecisionRecall(y, score);

        Assert.Equal(1.0, ap, 12);
        Assert.Equal((1.0, 0.5), points[^1]);
    }

    [Fact]
    public void Calibration_TwoBins_MeanScoreAndShareOfPositives()
    {
        double[] y = [0, 1, 1, 1];
        double[] score = [0.12, 0.14, 0.91, double.NaN];

        var bins = BinaryCurves.Calibration(y, score);

        Assert.Equal(2, bins.Count);
        Assert.Equal(0.13, bins[0].MeanScore, 12);
        Assert.Equal(0.5, bins[0].Positives);
        Assert.Equal((0.91, 1.0, 1), bins[1]);
    }
}
