using System.Text.RegularExpressions;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Xunit;

namespace Kaggle.Testing;

/// <summary>
/// The checks of the learner contract, one method each; <see cref="LearnerConformance"/> runs every check on every
/// registered <see cref="LearnerCase"/> as its own test. A check that needs something a case does not declare
/// (a save/load round trip, a thread count, sample weights, class probabilities) calls <see cref="Assert.Skip"/>
/// with the reason, so the test shows as skipped rather than passing without having checked anything.
/// </summary>
public static partial class LearnerChecks
{
    public static void FitDoesNotChangeLearner(LearnerCase c)
    {
        var (x, y) = LearnerConformance.Data(c);
        var learner = c.Create(7);
        var twin = c.Create(7);
        Assert.Equal(twin, learner);

        learner.Fit(x, y);

        Assert.Equal(twin, learner);
        Assert.Equal(twin.ToString(), learner.ToString());
    }

    public static void SameSeedSamePredictions(LearnerCase c)
    {
        var (x, y) = LearnerConformance.Data(c);

        var first = c.Create(11).Fit(x, y).PredictOutput(x);
        var second = c.Create(11).Fit(x, y).PredictOutput(x);

        LearnerConformance.AssertBitwiseEqual(first, second);
    }

    public static void SubsetPredictionsMatchFullPredictions(LearnerCase c)
    {
        var (x, y) = LearnerConformance.Data(c);
        var model = c.Create(5).Fit(x, y);
        int[] rows = [7, 3, 3, 0, x.RowCount - 1];

        var full = model.PredictOutput(x);
        var subset = model.PredictOutput(x.Rows(rows));

        for (var i = 0; i < rows.Length; i++)
            Assert.True(full.Row(rows[i]).SequenceEqual(subset.Row(i)), $"row {rows[i]} differs when predicted inside a subset");
    }

    public static void PredictIsPureAndThreadSafe(LearnerCase c)
    {
        var (x, y) = LearnerConformance.Data(c);
        var model = c.Create(5).Fit(x, y);
        var expected = model.PredictOutput(x);
        var results = new Matrix[8];

        Parallel.For(0, results.Length, i => results[i] = model.PredictOutput(x));
        var after = model.PredictOutput(x);

        foreach (var result in results) LearnerConformance.AssertBitwiseEqual(expected, result);
        LearnerConformance.AssertBitwiseEqual(expected, after);
    }

    public static void MismatchedShapesThrow(LearnerCase c)
    {
        var (x, y) = LearnerConformance.Data(c);

        Assert.Throws<ArgumentException>(() => c.Create(1).Fit(x, y.AsSpan(1).ToArray()));
        if (c.AcceptsSampleWeights)
            Assert.Throws<ArgumentException>(() => c.Create(1).Fit(x, y, new double[x.RowCount + 1]));
        var model = c.Create(1).Fit(x, y);
        Assert.Throws<ArgumentException>(() => model.PredictOutput(new Matrix(3, x.ColumnCount + 1)));
    }

    /// <summary>
    /// One row, one column: the learner fits and predicts, or refuses with an <see cref="ArgumentException"/> whose
    /// message says what it received (the row or column count) and what it needs. No rows at all must be refused so.
    /// </summary>
    public static void TinyInputsFitOrThrowClearly(LearnerCase c)
    {
        var (x, y) = LearnerConformance.Data(c);
        var oneRow = x.Rows([0]);
        var oneColumn = x.Columns([0]);

        FitsOrExplains(() => c.Create(1).Fit(oneRow, y.AsSpan(0, 1)).PredictOutput(oneRow), OneRow());
        FitsOrExplains(() => c.Create(1).Fit(oneColumn, y).PredictOutput(oneColumn), OneColumn());
        var empty = Assert.Throws<ArgumentException>(() => c.Create(1).Fit(new Matrix(0, x.ColumnCount), []));
        AssertExplains(empty, NoRows());
    }

    public static void UnitWeightsEqualNoWeights(LearnerCase c)
    {
        if (!c.AcceptsSampleWeights) Assert.Skip($"{c.Name} does not take sample weights (AcceptsSampleWeights: false).");
        var (x, y) = LearnerConformance.Data(c);
        var ones = Enumerable.Repeat(1.0, x.RowCount).ToArray();

        var unweighted = c.Create(3).Fit(x, y).PredictOutput(x);
        var weighted = c.Create(3).Fit(x, y, ones).PredictOutput(x);

        LearnerConformance.AssertClose(unweighted, weighted, 1e-9);
    }

    public static void SaveLoadRoundTripPredictsIdentically(LearnerCase c)
    {
        if (c.RoundTrip is null) Assert.Skip($"{c.Name} registers no save/load round trip (RoundTrip: null).");
        var (x, y) = LearnerConformance.Data(c, missing: c.HandlesMissing ? 0.05 : 0);
        var model = c.Create(9).Fit(x, y);

        var loaded = c.RoundTrip(model);

        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        LearnerConformance.AssertBitwiseEqual(model.PredictOutput(x), loaded.PredictOutput(x));
    }

    public static void BeatsConstantBaseline(LearnerCase c)
    {
        var (train, yTrain) = LearnerConformance.Data(c);
        var (test, yTest) = LearnerConformance.Data(c, seed: 100);

        var predicted = c.Create(1).Fit(train, yTrain).PredictOutput(test);

        if (c.Task == LearnerTask.Regression) BeatsMean(yTrain, yTest, predicted);
        else BeatsPrior(ClassCount(c), yTrain, yTest, predicted);
    }

    private static void BeatsMean(double[] yTrain, double[] yTest, Matrix predicted)
    {
        var mean = yTrain.Average();
        var baseline = Math.Sqrt(yTest.Average(v => (v - mean) * (v - mean)));
        var rmse = Math.Sqrt(yTest.Select((v, i) => (v - predicted[i, 0]) * (v - predicted[i, 0])).Average());
        Assert.True(rmse < 0.9 * baseline, $"RMSE {rmse:F4} does not beat the constant baseline {baseline:F4}");
    }

    private static void BeatsPrior(int classes, double[] yTrain, double[] yTest, Matrix predicted)
    {
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
    }

    /// <summary>Classifiers only: every output is a probability in [0, 1], and a multiclass row sums to 1.</summary>
    public static void ProbabilitiesAreValid(LearnerCase c)
    {
        if (c.Task == LearnerTask.Regression) Assert.Skip($"{c.Name} is a regressor; it predicts values, not class probabilities.");
        var (x, y) = LearnerConformance.Data(c);

        var predicted = c.Create(1).Fit(x, y).PredictOutput(LearnerConformance.Data(c, seed: 100).X);

        Assert.Equal(c.Task == LearnerTask.Binary ? 1 : ClassCount(c), predicted.ColumnCount);
        Assert.All(predicted.Values.ToArray(), p => Assert.InRange(p, 0.0, 1.0));
        if (c.Task == LearnerTask.Multiclass)
            for (var i = 0; i < predicted.RowCount; i++)
                Assert.Equal(1.0, predicted.Row(i).ToArray().Sum(), 9);
    }

    public static void ThreadCountDoesNotChangePredictions(LearnerCase c)
    {
        if (c.CreateWithThreads is null) Assert.Skip($"{c.Name} registers no thread-count factory (CreateWithThreads: null).");
        var (x, y) = LearnerConformance.Data(c, missing: c.HandlesMissing ? 0.05 : 0);

        var one = c.CreateWithThreads(4, 1).Fit(x, y).PredictOutput(x);
        var many = c.CreateWithThreads(4, 4).Fit(x, y).PredictOutput(x);

        LearnerConformance.AssertBitwiseEqual(one, many);
    }

    /// <summary>A learner that handles NaN fits and predicts finite values; any other refuses NaN, naming it.</summary>
    public static void MissingValuesFitOrThrowClearly(LearnerCase c)
    {
        var (x, y) = LearnerConformance.Data(c, missing: 0.1);

        if (c.HandlesMissing)
        {
            var predicted = c.Create(1).Fit(x, y).PredictOutput(x);
            Assert.All(predicted.Values.ToArray(), v => Assert.True(double.IsFinite(v)));
            return;
        }
        var error = Assert.Throws<ArgumentException>(() => c.Create(1).Fit(x, y));
        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Learners that take CSR input (<see cref="ISparseLearner{TModel}"/>): the same data fitted sparse gives the dense
    /// fit's predictions, up to summation order, whether the rows to predict come dense or sparse.
    /// </summary>
    public static void SparseInputMatchesDense(LearnerCase c)
    {
        var sparseLearner = c.Create(3) as ISparseLearner<IModel>;
        if (sparseLearner is null) Assert.Skip($"{c.Name} does not implement ISparseLearner; it takes dense input only.");
        var (x, y) = LearnerConformance.Data(c);
        var csr = CsrMatrix.FromDense(x);

        var dense = c.Create(3).Fit(x, y);
        var sparse = sparseLearner.Fit(csr, y);

        var expected = dense is IClassificationModel classifier ? classifier.PredictProbabilities(x) : dense.PredictOutput(x);
        var fromCsr = new Matrix(x.RowCount, expected.ColumnCount);
        if (sparse is ISparseClassificationModel sparseClassifier) sparseClassifier.PredictProbabilities(csr, fromCsr);
        else ((ISparseRegressionModel)sparse).Predict(csr, fromCsr.Values);
        LearnerConformance.AssertClose(dense.PredictOutput(x), sparse.PredictOutput(x), 1e-6);
        LearnerConformance.AssertClose(expected, fromCsr, 1e-6);
    }

    private static int ClassCount(LearnerCase c) => c.Task == LearnerTask.Binary ? 2 : 3;

    private static void FitsOrExplains(Action fit, Regex received)
    {
        try
        {
            fit();
        }
        catch (ArgumentException error)
        {
            AssertExplains(error, received);
        }
    }

    private static void AssertExplains(ArgumentException error, Regex received) =>
        Assert.True(received.IsMatch(error.Message) && Needs().IsMatch(error.Message),
            $"The message should say what was received (/{received}/) and what is needed (/{Needs()}/); it says: {error.Message}");

    [GeneratedRegex(@"\b1 (training )?rows?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneRow();

    [GeneratedRegex(@"\b1 (columns?|features?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneColumn();

    [GeneratedRegex(@"\b0 rows\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoRows();

    [GeneratedRegex(@"\b(needs?|needed|at least|must|expects?|expected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Needs();
}
