using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Xunit;

namespace Kaggle.Testing;

/// <summary>
/// The executable learner contract (our <c>check_estimator</c>): every learner in every test project runs these
/// checks from a <c>[Theory]</c> over its <see cref="LearnerCase"/>s.
/// </summary>
public static class LearnerConformance
{
    /// <summary>Runs every check on one case.</summary>
    public static void All(LearnerCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        FitDoesNotChangeLearner(c);
        SameSeedSamePredictions(c);
        SubsetPredictionsMatchFullPredictions(c);
        PredictIsPureAndThreadSafe(c);
        MismatchedRowsThrow(c);
        TinyInputsFitOrThrowClearly(c);
        UnitWeightsEqualNoWeights(c);
        SaveLoadRoundTripPredictsIdentically(c);
        BeatsConstantBaseline(c);
        ThreadCountDoesNotChangePredictions(c);
        if (c.HandlesMissing) FitsWithMissingValues(c);
        else MissingValuesThrowClearly(c);
    }

    public static (Matrix X, double[] Y) Data(LearnerCase c, int seed = 0, double missing = 0)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Task switch
        {
            LearnerTask.Regression => Synthetic.Regression(seed: 1 + seed, missingFraction: missing),
            LearnerTask.Binary => Synthetic.Binary(seed: 2 + seed, missingFraction: missing),
            _ => Synthetic.Multiclass(seed: 3 + seed, missingFraction: missing),
        };
    }

    public static void FitDoesNotChangeLearner(LearnerCase c)
    {
        var (x, y) = Data(c);
        var learner = c.Create(7);
        var twin = c.Create(7);
        Assert.Equal(twin, learner);

        learner.Fit(x, y);

        Assert.Equal(twin, learner);
        Assert.Equal(twin.ToString(), learner.ToString());
    }

    public static void SameSeedSamePredictions(LearnerCase c)
    {
        var (x, y) = Data(c);

        var first = c.Create(11).Fit(x, y).PredictOutput(x);
        var second = c.Create(11).Fit(x, y).PredictOutput(x);

        AssertBitwiseEqual(first, second);
    }

    public static void SubsetPredictionsMatchFullPredictions(LearnerCase c)
    {
        var (x, y) = Data(c);
        var model = c.Create(5).Fit(x, y);
        int[] rows = [7, 3, 3, 0, x.RowCount - 1];

        var full = model.PredictOutput(x);
        var subset = model.PredictOutput(x.Rows(rows));

        for (var i = 0; i < rows.Length; i++)
            Assert.True(full.Row(rows[i]).SequenceEqual(subset.Row(i)), $"row {rows[i]} differs when predicted inside a subset");
    }

    public static void PredictIsPureAndThreadSafe(LearnerCase c)
    {
        var (x, y) = Data(c);
        var model = c.Create(5).Fit(x, y);
        var expected = model.PredictOutput(x);
        var results = new Matrix[8];

        Parallel.For(0, results.Length, i => results[i] = model.PredictOutput(x));
        var after = model.PredictOutput(x);

        foreach (var result in results) AssertBitwiseEqual(expected, result);
        AssertBitwiseEqual(expected, after);
    }

    public static void MismatchedRowsThrow(LearnerCase c)
    {
        var (x, y) = Data(c);

        Assert.Throws<ArgumentException>(() => c.Create(1).Fit(x, y.AsSpan(1).ToArray()));
        Assert.Throws<ArgumentException>(() => c.Create(1).Fit(x, y, new double[x.RowCount + 1]));
        var model = c.Create(1).Fit(x, y);
        Assert.Throws<ArgumentException>(() => model.PredictOutput(new Matrix(3, x.ColumnCount + 1)));
    }

    public static void TinyInputsFitOrThrowClearly(LearnerCase c)
    {
        var (x, y) = Data(c);
        var oneRow = x.Rows([0]);
        var oneColumn = x.Columns([0]);

        FitsOrThrowsArgumentException(() => c.Create(1).Fit(oneRow, y.AsSpan(0, 1)).PredictOutput(oneRow));
        FitsOrThrowsArgumentException(() => c.Create(1).Fit(oneColumn, y).PredictOutput(oneColumn));
        Assert.Throws<ArgumentException>(() => c.Create(1).Fit(new Matrix(0, x.ColumnCount), []));
    }

    public static void UnitWeightsEqualNoWeights(LearnerCase c)
    {
        var (x, y) = Data(c);
        var ones = Enumerable.Repeat(1.0, x.RowCount).ToArray();

        var unweighted = c.Create(3).Fit(x, y).PredictOutput(x);
        var weighted = c.Create(3).Fit(x, y, ones).PredictOutput(x);

        AssertClose(unweighted, weighted, 1e-9);
    }

    public static void SaveLoadRoundTripPredictsIdentically(LearnerCase c)
    {
        if (c.RoundTrip is null) return;
        var (x, y) = Data(c, missing: c.HandlesMissing ? 0.05 : 0);
        var model = c.Create(9).Fit(x, y);

        var loaded = c.RoundTrip(model);

        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        AssertBitwiseEqual(model.PredictOutput(x), loaded.PredictOutput(x));
    }

    public static void BeatsConstantBaseline(LearnerCase c)
    {
        var (train, yTrain) = Data(c);
        var (test, yTest) = Data(c, seed: 100);

        var predicted = c.Create(1).Fit(train, yTrain).PredictOutput(test);

        if (c.Task == LearnerTask.Regression)
        {
            var mean = yTrain.Average();
            var baseline = Math.Sqrt(yTest.Average(v => (v - mean) * (v - mean)));
            var rmse = Math.Sqrt(yTest.Select((v, i) => (v - predicted[i, 0]) * (v - predicted[i, 0])).Average());
            Assert.True(rmse < 0.9 * baseline, $"RMSE {rmse:F4} does not beat the constant baseline {baseline:F4}");
        }
        else
        {
            var classes = c.Task == LearnerTask.Binary ? 2 : 3;
            var prior = new double[classes];
            foreach (var v in yTrain) prior[(int)v] += 1.0 / yTrain.Length;
            double loss = 0, baseline = 0;
            for (var i = 0; i < yTest.Length; i++)
            {
                var k = (int)yTest[i];
                var p = classes == 2 ? (k == 1 ? predicted[i, 0] : 1 - predicted[i, 0]) : predicted[i, k];
                loss -= Math.Log(Math.Clamp(p, 1e-15, 1));
                baseline -= Math.Log(prior[k]);
            }
            Assert.True(loss < 0.9 * baseline, $"log-loss {loss / yTest.Length:F4} does not beat the prior's {baseline / yTest.Length:F4}");
            if (classes > 2)
                for (var i = 0; i < predicted.RowCount; i++)
                    Assert.Equal(1.0, predicted.Row(i).ToArray().Sum(), 9);
        }
    }

    public static void ThreadCountDoesNotChangePredictions(LearnerCase c)
    {
        if (c.CreateWithThreads is null) return;
        var (x, y) = Data(c, missing: c.HandlesMissing ? 0.05 : 0);

        var one = c.CreateWithThreads(4, 1).Fit(x, y).PredictOutput(x);
        var many = c.CreateWithThreads(4, 4).Fit(x, y).PredictOutput(x);

        AssertBitwiseEqual(one, many);
    }

    public static void FitsWithMissingValues(LearnerCase c)
    {
        var (x, y) = Data(c, missing: 0.1);

        var predicted = c.Create(1).Fit(x, y).PredictOutput(x);

        Assert.All(predicted.Values.ToArray(), v => Assert.True(double.IsFinite(v)));
    }

    public static void MissingValuesThrowClearly(LearnerCase c)
    {
        var (x, y) = Data(c, missing: 0.1);

        var error = Assert.Throws<ArgumentException>(() => c.Create(1).Fit(x, y));

        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
    }

    public static void AssertBitwiseEqual(Matrix expected, Matrix actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        Assert.True(expected.AsBytes().SequenceEqual(actual.AsBytes()), "predictions differ bit for bit");
    }

    public static void AssertClose(Matrix expected, Matrix actual, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        for (var k = 0; k < expected.Values.Length; k++)
        {
            var a = expected.Values[k];
            var b = actual.Values[k];
            Assert.True(Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Abs(a)), $"value {k}: {a} vs {b}");
        }
    }

    private static void FitsOrThrowsArgumentException(Action fit)
    {
        try
        {
            fit();
        }
        catch (ArgumentException)
        {
        }
    }
}
