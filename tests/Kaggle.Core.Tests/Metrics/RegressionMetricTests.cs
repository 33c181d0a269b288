using Kaggle.Core.Data;
using Kaggle.Core.Metrics;

namespace Kaggle.Core.Tests.Metrics;

public sealed class RegressionMetricTests
{
    private static Matrix Column(params double[] values) => Matrix.FromColumn(values);

    [Fact]
    public void Rmse_HandComputed()
    {
        // Errors 1, 0, 2 → sqrt((1 + 0 + 4) / 3).
        Assert.Equal(Math.Sqrt(5.0 / 3), new Rmse().Score([1, 2, 3], Column(2, 2, 5)));
    }

    [Fact]
    public void Mae_HandComputed()
    {
        // |1| + |0| + |2| over 3 rows.
        Assert.Equal(1.0, new Mae().Score([1, 2, 3], Column(2, 2, 5)));
    }

    [Fact]
    public void Rmsle_HandComputed()
    {
        // log1p values: actual 0 and 1, predicted 1 and 1 → errors 1, 0 → sqrt(1/2).
        var score = new Rmsle().Score([0, Math.E - 1], Column(Math.E - 1, Math.E - 1));

        Assert.Equal(Math.Sqrt(0.5), score, 12);
    }

    [Fact]
    public void Rmsle_NegativePrediction_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rmsle().Score([1, 2], Column(1, -0.5)));

        Assert.Contains("predicted[1] is -0.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rmsle_NegativeActual_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Rmsle().Score([-1, 2], Column(1, 2)));
    }

    [Fact]
    public void Rmse_TwoColumns_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rmse().Score([1], Matrix.FromRows([1, 2])));

        Assert.Contains("one prediction column", error.Message, StringComparison.Ordinal);
    }
}
