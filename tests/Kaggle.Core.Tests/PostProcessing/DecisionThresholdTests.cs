using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.PostProcessing;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.PostProcessing;

public sealed class DecisionThresholdTests
{
    [Fact]
    public void Apply_LowProbabilities_RaisesF1_AndRecentresTest()
    {
        var (result, y) = Result(seed: 1);

        var processed = new DecisionThreshold().Apply(result, new F1(), y);

        Assert.True(processed.OutOfFoldScore > result.OutOfFoldScore);
        Assert.InRange(processed.Threshold!.Value, 0.05, 0.5);
        var t = processed.Threshold.Value;
        for (var i = 0; i < result.Test!.RowCount; i++)
            Assert.Equal(result.Test[i, 0] > t, processed.Test![i, 0] > 0.5);
    }

    [Fact]
    public void Apply_FoldScoresAreNested_NotTheInSampleBest()
    {
        var (result, y) = Result(seed: 2);

        var processed = new DecisionThreshold().Apply(result, new F1(), y);

        var best = new F1().Score(y, Recut(result.OutOfFold, processed.Threshold!.Value));
        Assert.True(processed.OutOfFoldScore <= best + 1e-12);
        Assert.Equal(result.Folds.Count, processed.Folds.Count);
        Assert.All(processed.Folds, f => Assert.InRange(f.Score, 0, 1));
    }

    [Fact]
    public void Apply_Multiclass_ThrowsClearly()
    {
        var (result, y) = Result(seed: 3);
        var multi = result with { OutOfFold = new Matrix(y.Length, 3) };

        var error = Assert.Throws<InvalidOperationException>(() => new DecisionThreshold().Apply(multi, new F1(), y));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    private static Matrix Recut(Matrix p, double threshold) =>
        Matrix.FromColumn([.. p.Column(0).Select(v => v > threshold ? 1.0 : 0.0)]);

    /// <summary>A 4-fold result whose probabilities rank well but sit low, so 0.5 misses most positives.</summary>
    private static (CrossValidationResult Result, double[] Y) Result(int seed)
    {
        var random = new SplitMix64(seed);
        const int n = 400;
        var y = new double[n];
        var p = new Matrix(n, 1);
        var assignment = new int[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = random.NextDouble() < 0.4 ? 1 : 0;
            p[i, 0] = (0.3 * y[i]) + (0.3 * random.NextDouble());
            assignment[i] = i % 4;
        }
        var test = new Matrix(50, 1);
        for (var i = 0; i < 50; i++) test[i, 0] = random.NextDouble() * 0.7;
        var folds = Enumerable.Range(0, 4).Select(k => new FoldResult(0, 42, k, 0.5, 300, 100, 0.1)).ToList();
        var result = new CrossValidationResult
        {
            Model = "blend",
            Metric = "f1",
            HigherIsBetter = true,
            OutOfFold = p,
            OutOfFoldByRepeat = [p],
            Test = test,
            Folds = folds,
            Assignments = [assignment],
            OutOfFoldScore = new F1().Score(y, p),
        };
        return (result, y);
    }
}
