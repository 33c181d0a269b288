using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class HistGradientBoostingClassifierTests
{
    private static readonly HistGradientBoostingClassifier s_stump = new()
    {
        Rounds = 1, LearningRate = 1, MaxLeaves = 2, MinChildSamples = 1, MinChildWeight = 0,
    };

    [Fact]
    public void Fit_OneStump_SplitsAtTheSeparatingThresholdWithNewtonLeaves()
    {
        var x = Matrix.FromColumn(Enumerable.Range(1, 40).Select(i => (double)i).ToArray());
        var y = Enumerable.Range(1, 40).Select(i => i > 20 ? 1.0 : 0).ToArray();

        var raw = s_stump.Fit(x, y).PredictRaw(Matrix.FromColumn([1, 20, 20.4, 20.6, 40]));

        // Start at logit(0.5) = 0; each side has G = ±20·0.5 and H = 20·0.25, so its leaf is −G/H = ∓2.
        Assert.Equal([-2.0, -2, -2, 2, 2], raw.Values.ToArray());
    }

    [Theory]
    [InlineData(1.0, 25.0)]
    [InlineData(0.0, 5.0)]
    public void Fit_MissingValuesOfOneClass_LearnTheirSide(double missingLabel, double sameSideValue)
    {
        var values = Enumerable.Range(1, 30).Select(i => (double)i).Concat(Enumerable.Repeat(double.NaN, 10)).ToArray();
        var y = Enumerable.Range(1, 30).Select(i => i > 20 ? 1.0 : 0).Concat(Enumerable.Repeat(missingLabel, 10)).ToArray();

        var raw = s_stump.Fit(Matrix.FromColumn(values), y).PredictRaw(Matrix.FromColumn([double.NaN, sameSideValue]));

        Assert.Equal(raw[1, 0], raw[0, 0]);
    }

    [Fact]
    public void Fit_NoMissingValuesInTraining_NaNFollowsTheLargerChild()
    {
        var x = Matrix.FromColumn(Enumerable.Range(1, 30).Select(i => (double)i).ToArray());
        var y = Enumerable.Range(1, 30).Select(i => i > 25 ? 1.0 : 0).ToArray();

        var raw = s_stump.Fit(x, y).PredictRaw(Matrix.FromColumn([double.NaN, 1, 30]));

        Assert.Equal(raw[1, 0], raw[0, 0]);
        Assert.NotEqual(raw[2, 0], raw[0, 0]);
    }

    [Fact]
    public void Fit_ManyCategories_GroupsThePositiveOnesOnOneSide()
    {
        int[] positive = [1, 4, 6];
        var codes = Enumerable.Range(0, 400).Select(i => (double)(i % 8)).ToArray();
        var y = codes.Select(c => positive.Contains((int)c) ? 1.0 : 0).ToArray();
        var learner = s_stump with { CategoricalFeatures = [0], CategoricalL2 = 0, CategoricalSmoothing = 0 };

        var raw = learner.Fit(Matrix.FromColumn(codes), y).PredictRaw(Matrix.FromColumn([1, 4, 6, 0, 2, 3, 5, 7, 99, double.NaN]));

        var values = raw.Values.ToArray();
        Assert.All(values[..3], v => Assert.Equal(values[0], v));
        Assert.All(values[3..], v => Assert.Equal(values[3], v));
        Assert.True(values[0] > values[3]);
    }

    [Fact]
    public void Fit_FewCategories_SplitsOneAgainstTheRest()
    {
        var codes = Enumerable.Range(0, 200).Select(i => (double)(i % 4)).ToArray();
        var y = codes.Select(c => c == 2 ? 1.0 : 0).ToArray();

        var raw = (s_stump with { CategoricalFeatures = [0] }).Fit(Matrix.FromColumn(codes), y).PredictRaw(Matrix.FromColumn([2, 0, 1, 3]));

        Assert.True(raw[0, 0] > 0);
        Assert.All(raw.Values[1..].ToArray(), v => Assert.Equal(raw[1, 0], v));
    }

    [Fact]
    public void Fit_Rounds_TrainingLossFallsEveryRound()
    {
        var (x, y) = Synthetic.Binary(rows: 400);

        var model = new HistGradientBoostingClassifier { Rounds = 25, MaxLeaves = 8 }.Fit(x, y);

        var previous = double.PositiveInfinity;
        for (var r = 0; r <= model.Rounds; r++)
        {
            var raw = model.PredictRaw(x, r);
            var loss = Enumerable.Range(0, y.Length).Average(i => Math.Log(1 + Math.Exp(raw[i, 0])) - (y[i] * raw[i, 0]));
            Assert.True(loss < previous, $"round {r}: loss {loss} did not fall below {previous}");
            previous = loss;
        }
    }

    [Fact]
    public void PredictProbabilities_Multiclass_RowsSumToOne()
    {
        var (x, y) = Synthetic.Multiclass(rows: 300);

        var p = new HistGradientBoostingClassifier { Rounds = 10, MaxLeaves = 4 }.Fit(x, y).PredictProbabilities(x);

        Assert.Equal(3, p.ColumnCount);
        for (var i = 0; i < p.RowCount; i++) Assert.Equal(1.0, p.Row(i).ToArray().Sum(), 12);
    }

    [Fact]
    public void Fit_EvaluationSetOverfitting_KeepsTheBestRound()
    {
        var (x, y) = Synthetic.Binary(rows: 200, seed: 4);
        var (vx, vy) = Synthetic.Binary(rows: 200, seed: 5);
        var learner = new HistGradientBoostingClassifier { Rounds = 200, LearningRate = 0.5, MaxLeaves = 16, MinChildSamples = 2, EarlyStoppingRounds = 10 };

        var model = learner.Fit(x, y, new EvaluationSet(vx, vy));

        var losses = model.ValidationLoss;
        var best = losses.ToList().IndexOf(losses.Min());
        Assert.Equal(best + 1, model.Rounds);
        Assert.True(losses.Count < 200, "training should stop early");
        Assert.Equal(best + 1 + 10, losses.Count);
        var refit = (learner with { Rounds = best + 1, EarlyStoppingRounds = 0 }).Fit(x, y);
        LearnerConformance.AssertBitwiseEqual(refit.PredictRaw(vx), model.PredictRaw(vx));
    }

    [Fact]
    public void Fit_ValidationFraction_HoldsOutRowsAndStops()
    {
        var (x, y) = Synthetic.Binary(rows: 300, seed: 6);

        var model = new HistGradientBoostingClassifier { Rounds = 300, LearningRate = 0.5, EarlyStoppingRounds = 5, ValidationFraction = 0.25 }.Fit(x, y);

        Assert.InRange(model.ValidationLoss.Count, 6, 299);
        Assert.Equal(model.ValidationLoss.Count - 5, model.Rounds);
    }

    [Fact]
    public void Fit_LargeDataWithMissingAndCategories_SameModelAtAnyThreadCount()
    {
        var (x, y) = Synthetic.Binary(rows: 40_000, features: 6, seed: 8, missingFraction: 0.05);
        for (var i = 0; i < x.RowCount; i++) x[i, 5] = i % 7 == 0 ? double.NaN : (i * 31) % 11;
        var learner = new HistGradientBoostingClassifier
        {
            Rounds = 6, MaxLeaves = 31, RowSubsample = 0.8, ColumnSubsample = 0.8, CategoricalFeatures = [5], Seed = 3,
        };

        var one = (learner with { Threads = 1 }).Fit(x, y);
        var three = (learner with { Threads = 3 }).Fit(x, y);

        LearnerConformance.AssertBitwiseEqual(one.PredictRaw(x), three.PredictRaw(x));
        Assert.Equal(one.FeatureImportances(ImportanceType.Gain), three.FeatureImportances(ImportanceType.Gain));
    }

    [Fact]
    public void Fit_ChunkedHistograms_SameModelAtAnyThreadCount()
    {
        var (x, y) = Synthetic.Binary(rows: 20_000, features: 5, seed: 9, missingFraction: 0.02);
        var options = new BoostingOptions { Rounds = 4, MaxLeaves = 15, HistogramChunkRows = 1024, Seed = 2 };
        var w = Enumerable.Repeat(1.0, y.Length).ToArray();

        var one = Booster.Fit(x, y, w, null, new LogisticObjective(), options with { Threads = 1 }).Ensemble;
        var three = Booster.Fit(x, y, w, null, new LogisticObjective(), options with { Threads = 3 }).Ensemble;

        var (a, b) = (new double[x.RowCount], new double[x.RowCount]);
        one.PredictRaw(x, a, one.Rounds);
        three.PredictRaw(x, b, three.Rounds);
        Assert.Equal(a, b);
        Assert.Equal(one.Gains, three.Gains);
    }

    [Fact]
    public void FeatureImportances_GainAndSplitCounts_FavourTheSignal()
    {
        var (x, y) = Synthetic.Binary(rows: 400, features: 5);

        var model = new HistGradientBoostingClassifier { Rounds = 10, MaxLeaves = 4 }.Fit(x, y);

        var gain = model.FeatureImportances();
        var splits = model.FeatureImportances(ImportanceType.Split);
        Assert.Equal(1.0, gain.Sum(), 12);
        Assert.True(gain[0] > gain[4] && gain[1] > gain[4]);
        Assert.Equal(10 * 3, splits.Sum());
        Assert.All(splits, s => Assert.Equal(Math.Floor(s), s));
    }

    [Fact]
    public void Fit_ClassWeights_EqualPerRowSampleWeights()
    {
        var (x, y) = Synthetic.Binary(rows: 200);

        var byClass = new HistGradientBoostingClassifier { Rounds = 5, ClassWeights = [1, 3] }.Fit(x, y);
        var byRow = new HistGradientBoostingClassifier { Rounds = 5 }.Fit(x, y, y.Select(v => v == 1 ? 3.0 : 1).ToArray());

        LearnerConformance.AssertBitwiseEqual(byRow.PredictRaw(x), byClass.PredictRaw(x));
    }

    [Fact]
    public void Fit_BadParameters_ThrowNamingThem()
    {
        var (x, y) = Synthetic.Binary(rows: 50);

        Assert.Contains("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new HistGradientBoostingClassifier { LearningRate = -0.1 }.Fit(x, y)).Message, StringComparison.Ordinal);
        Assert.Contains("MaxLeaves", Assert.Throws<ArgumentOutOfRangeException>(() => new HistGradientBoostingClassifier { MaxLeaves = 0 }.Fit(x, y)).Message, StringComparison.Ordinal);
        Assert.Contains("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => new HistGradientBoostingClassifier { MaxDepth = 0 }.Fit(x, y)).Message, StringComparison.Ordinal);
        Assert.Contains("RowSubsample", Assert.Throws<ArgumentOutOfRangeException>(() => new HistGradientBoostingClassifier { RowSubsample = 0 }.Fit(x, y)).Message, StringComparison.Ordinal);
        Assert.Contains("CategoricalFeatures", Assert.Throws<ArgumentOutOfRangeException>(() => new HistGradientBoostingClassifier { CategoricalFeatures = [9] }.Fit(x, y)).Message, StringComparison.Ordinal);
        Assert.Contains("ClassWeights", Assert.Throws<ArgumentException>(() => new HistGradientBoostingClassifier { ClassWeights = [1] }.Fit(x, y)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_BadData_ThrowsClearly()
    {
        var (x, y) = Synthetic.Binary(rows: 50);
        var nanTarget = (double[])y.Clone();
        nanTarget[3] = double.NaN;

        Assert.Contains("y[3]", Assert.Throws<ArgumentException>(() => new HistGradientBoostingClassifier().Fit(x, nanTarget)).Message, StringComparison.Ordinal);
        Assert.Contains("0 rows", Assert.Throws<ArgumentException>(() => new HistGradientBoostingClassifier().Fit(new Matrix(0, 5), [])).Message, StringComparison.Ordinal);
        Assert.Contains("categorical", Assert.Throws<ArgumentException>(() => new HistGradientBoostingClassifier { CategoricalFeatures = [0] }.Fit(x, y)).Message, StringComparison.Ordinal);
    }
}
