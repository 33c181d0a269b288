using Kaggle.Core.Data;
using Kaggle.Core.Metrics;

namespace Kaggle.Core.Tests.Metrics;

public sealed class ClassificationMetricTests
{
    private static Matrix Column(params double[] values) => Matrix.FromColumn(values);

    [Fact]
    public void Accuracy_Binary_ThresholdHalfIsClassZero()
    {
        // Labels from P > 0.5: 1, 0, 0 (0.5 is not above), 1 → rows 0, 1, 3 right → 3/4.
        var score = new Accuracy().Score([1, 0, 1, 1], Column(0.9, 0.4, 0.5, 0.6));

        Assert.Equal(0.75, score);
    }

    [Fact]
    public void Accuracy_Multiclass_ArgMaxLowestIndexWinsTies()
    {
        // Argmax per row: 0, 2, 0 (0.4 ties 0.4, the lower index wins) → rows 0 and 1 right → 2/3.
        var predicted = Matrix.FromRows([0.5, 0.3, 0.2], [0.1, 0.1, 0.8], [0.4, 0.4, 0.2]);

        Assert.Equal(2.0 / 3, new Accuracy().Score([0, 2, 1], predicted));
    }

    [Fact]
    public void Accuracy_LabelOutOfRange_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Accuracy().Score([0, 3], Matrix.FromRows([0.5, 0.5], [0.5, 0.5])));

        Assert.Contains("actual[1] is 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LogLoss_Binary_HandComputed()
    {
        // -(ln 0.8 + ln(1 - 0.4)) / 2 = (0.223144 + 0.510826) / 2 = 0.366985.
        var score = new LogLoss().Score([1, 0], Column(0.8, 0.4));

        Assert.Equal(0.366985, score, 6);
    }

    [Fact]
    public void LogLoss_CertainAndWrong_ClippedAt1e15()
    {
        // p = 0 for an actual 1 is clipped to 1e-15: -ln(1e-15) = 15 ln 10 = 34.5388.
        Assert.Equal(15 * Math.Log(10), new LogLoss().Score([1], Column(0)), 9);
        Assert.Equal(15 * Math.Log(10), new LogLoss().Score([1], Matrix.FromRows([1, 0])), 9);
    }

    [Fact]
    public void LogLoss_MulticlassUnnormalisedRow_RescaledToSumOne()
    {
        // Row (0.4, 0.2, 0.2) sums to 0.8 and rescales to (0.5, 0.25, 0.25): -ln 0.5 = ln 2.
        var score = new LogLoss().Score([0], Matrix.FromRows([0.4, 0.2, 0.2]));

        Assert.Equal(Math.Log(2), score, 12);
    }

    [Fact]
    public void LogLoss_KaggleWikiExample_Matches()
    {
        // Kaggle's wiki page "Multi Class Log Loss" scores its six public rows at 1.881797068998267:
        // -(ln 0.5 + ln 0.1 + ln 0.01 + ln 0.1 + ln 0.25 + ln 0.999) / 6.
        var predicted = Matrix.FromRows([0.5, 0.5], [0.1, 0.9], [0.01, 0.99], [0.9, 0.1], [0.75, 0.25], [0.001, 0.999]);

        var score = new LogLoss().Score([0, 0, 0, 1, 1, 1], predicted);

        Assert.Equal(1.881797068998267, score, 12);
    }

    [Fact]
    public void RocAuc_HandComputed_MatchesPairCount()
    {
        // Negatives score 0.1, 0.4; positives 0.35, 0.8. Pairs with the positive above: (0.1,0.35), (0.1,0.8), (0.4,0.8) → 3/4.
        Assert.Equal(0.75, new RocAuc().Score([0, 0, 1, 1], Column(0.1, 0.4, 0.35, 0.8)));
    }

    [Fact]
    public void RocAuc_Ties_HalfCredit()
    {
        // Negatives 0.2, 0.6; positives 0.6, 0.9: pairs 1 + 1 + 0.5 (tie) + 1 = 3.5 of 4.
        Assert.Equal(0.875, new RocAuc().Score([0, 1, 0, 1], Column(0.2, 0.6, 0.6, 0.9)));
        Assert.Equal(0.5, new RocAuc().Score([0, 1], Column(0.5, 0.5)));
    }

    [Fact]
    public void RocAuc_OneClass_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new RocAuc().Score([1, 1], Column(0.2, 0.3)));

        Assert.Contains("both classes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void F1_HandComputed()
    {
        // Labels 1, 0, 1, 0, 1 against 1, 1, 0, 0, 1: TP 2 (rows 0, 4), FP 1 (row 2), FN 1 (row 1) → 4 / 6.
        var score = new F1().Score([1, 1, 0, 0, 1], Column(0.9, 0.2, 0.7, 0.1, 0.6));

        Assert.Equal(2.0 / 3, score);
    }

    [Fact]
    public void F1_NoPositives_IsZero()
    {
        Assert.Equal(0, new F1().Score([0, 0], Column(0.1, 0.2)));
    }

    [Fact]
    public void Score_NaNPrediction_ThrowsNamingCell()
    {
        var error = Assert.Throws<ArgumentException>(() => new LogLoss().Score([0, 1], Column(0.1, double.NaN)));

        Assert.Contains("predicted[1, 0] is NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RowCountMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Accuracy().Score([0, 1, 1], Column(0.1, 0.2)));
    }

    [Fact]
    public void Score_NonBinaryActual_Throws()
    {
        Assert.Throws<ArgumentException>(() => new F1().Score([0, 2], Column(0.1, 0.2)));
    }
}
