using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Testing;

namespace Kaggle.LightGbm.Tests;

public sealed class LightGbmClassifierTests
{
    [Fact]
    public void Fit_Multiclass_ProbabilitiesSumToOneAndMostlyRight()
    {
        var (x, y) = Synthetic.Multiclass(seed: 3);

        using var model = new LightGbmClassifier { Rounds = 30 }.Fit(x, y);

        var p = model.PredictProbabilities(x);
        Assert.Equal("multiclass", model.Objective);
        Assert.Equal(3, model.ClassCount);
        for (var i = 0; i < x.RowCount; i++) Assert.Equal(1.0, p.Row(i).ToArray().Sum(), 1e-12);
        var labels = model.PredictLabels(x);
        Assert.True(labels.Where((c, i) => c == y[i]).Count() > 0.8 * y.Length);
    }

    [Fact]
    public void Fit_CategoricalFeature_SplitsCategoriesAThresholdCannotSeparate()
    {
        // Class 1 exactly for the even category codes 0, 2, 4, ..., 18: no threshold on the code separates them in one split,
        // a categorical split does; with stumps (2 leaves) and one round only the categorical split can be right.
        var x = new Matrix(2000, 1);
        var y = new double[2000];
        for (var i = 0; i < 2000; i++)
        {
            x[i, 0] = i % 20;
            y[i] = i % 2 == 0 ? 1 : 0;
        }
        var learner = new LightGbmClassifier { Rounds = 1, MaxLeaves = 2, LearningRate = 1, ExtraParameters = "max_cat_to_onehot=1 min_data_per_group=1 cat_smooth=0" };

        using var numeric = learner.Fit(x, y);
        using var categorical = (learner with { CategoricalFeatures = [0] }).Fit(x, y);

        Assert.Equal(y.Select(v => (int)v), categorical.PredictLabels(x));
        Assert.NotEqual(y.Select(v => (int)v), numeric.PredictLabels(x));
    }

    [Fact]
    public void Fit_EarlyStoppingWithoutValidationSet_HoldsOutRowsAndStops()
    {
        var (x, y) = Synthetic.Binary(rows: 600, seed: 12);
        var learner = new LightGbmClassifier { Rounds = 1000, LearningRate = 0.5, EarlyStoppingRounds = 5, EvalMetric = "binary_logloss" };

        using var model = learner.Fit(x, y);

        Assert.True(model.BoostedRounds < 1000);
        Assert.Equal(model.BestIteration + 5 + 1, model.ValidationScores.Count);
    }

    [Fact]
    public void Fit_EvaluationSetWithAucMetric_KeepsTheRoundWithTheHighestAuc()
    {
        var (x, y) = Synthetic.Binary(rows: 600, seed: 13);
        var (vx, vy) = Synthetic.Binary(rows: 300, seed: 14);
        var learner = new LightGbmClassifier { Rounds = 300, LearningRate = 0.3, EarlyStoppingRounds = 20, EvalMetric = "auc" };

        using var model = learner.Fit(x, y, new EvaluationSet(vx, vy));

        Assert.Equal(model.ValidationScores.Max(), model.BestScore);
        Assert.Equal(model.ValidationScores.ToList().IndexOf(model.BestScore), model.BestIteration);
    }

    [Fact]
    public void Fit_CustomLogisticObjective_PredictsSigmoidOfRawScores()
    {
        var (x, y) = Synthetic.Binary(rows: 500, seed: 15);

        using var model = new LightGbmClassifier { Rounds = 30, CustomObjective = new LogisticObjective() }.Fit(x, y);

        var p = model.PredictProbabilities(x);
        var right = 0;
        for (var i = 0; i < x.RowCount; i++)
        {
            Assert.InRange(p[i, 1], 0, 1);
            Assert.Equal(1.0, p[i, 0] + p[i, 1], 1e-12);
            if ((p[i, 1] > 0.5 ? 1 : 0) == (int)y[i]) right++;
        }
        Assert.True(right > 0.8 * x.RowCount);
    }

    [Fact]
    public void Fit_CustomObjectiveEarlyStoppingWithoutMetric_ThrowsAskingForOne()
    {
        var (x, y) = Synthetic.Binary();

        var e = Assert.Throws<ArgumentException>(() =>
            new LightGbmClassifier { CustomObjective = new LogisticObjective(), EarlyStoppingRounds = 5 }.Fit(x, y));

        Assert.Contains("EvalMetric", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveLoad_EarlyStoppedModel_KeepsBestIterationAndPredictions()
    {
        var (x, y) = Synthetic.Binary(rows: 600, seed: 16);
        using var model = new LightGbmClassifier { Rounds = 500, LearningRate = 0.5, EarlyStoppingRounds = 5 }.Fit(x, y);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        using var loaded = LightGbmClassificationModel.Load(stream);

        Assert.Equal(model.BestIteration, loaded.BestIteration);
        Assert.Equal(model.PredictProbabilities(x).Array, loaded.PredictProbabilities(x).Array);
    }

    [Fact]
    public void Load_RegressionModelStream_ThrowsInvalidData()
    {
        var (x, y) = Synthetic.Regression();
        using var model = new LightGbmRegressor { Rounds = 5 }.Fit(x, y);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => LightGbmClassificationModel.Load(stream));
    }

    private sealed class LogisticObjective : ILightGbmObjective
    {
        public void Gradients(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, ReadOnlySpan<double> weights, Span<float> gradients, Span<float> hessians)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                var p = 1 / (1 + Math.Exp(-scores[i]));
                gradients[i] = (float)(p - labels[i]);
                hessians[i] = (float)Math.Max(p * (1 - p), 1e-16);
            }
        }
    }
}
