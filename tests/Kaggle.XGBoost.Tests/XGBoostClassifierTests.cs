using Kaggle.Core.Models;
using Kaggle.Testing;

namespace Kaggle.XGBoost.Tests;

public sealed class XGBoostClassifierTests
{
    private static readonly XGBoostClassifier s_learner = new() { Rounds = 20, MaxDepth = 3, Threads = 1 };

    [Fact]
    public void Fit_UnknownParameterName_ThrowsWithXGBoostsMessage()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        var learner = s_learner with { Parameters = XGBoostParameters.Empty.With("max_dept", "3") };

        var error = Assert.Throws<XGBoostException>(() => learner.Fit(x, y));

        Assert.Contains("Parameters: { \"max_dept\" } are not used.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_BadTypedParameterValue_ThrowsWithXGBoostsMessage()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();

        var error = Assert.Throws<XGBoostException>(() => (s_learner with { MaxDepth = -1 }).Fit(x, y));

        Assert.Contains("value -1 for Parameter max_depth should be greater equal to 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_BadExtraParameterValue_ThrowsWithXGBoostsMessage()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        var learner = s_learner with { Parameters = XGBoostParameters.Empty.With("gamma", "abc") };

        var error = Assert.Throws<XGBoostException>(() => learner.Fit(x, y));

        Assert.Contains("expect float but value='abc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_TypedParameterRepeatedInParameters_ThrowsArgumentException()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        var learner = s_learner with { Parameters = XGBoostParameters.Empty.With("learning_rate", "0.1") };

        var error = Assert.Throws<ArgumentException>(() => learner.Fit(x, y));

        Assert.Contains("learning_rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_InfiniteFeature_ThrowsArgumentException()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        x[5, 2] = double.PositiveInfinity;

        var error = Assert.Throws<ArgumentException>(() => s_learner.Fit(x, y));

        Assert.Contains("x[5, 2]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_Twice_IsHarmlessAndPredictThenThrows()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        var model = s_learner.Fit(x, y);

        model.Dispose();
        model.Dispose();

        Assert.Throws<ObjectDisposedException>(() => model.PredictProbabilities(x));
    }

    [Fact]
    public void Load_AfterSave_PredictsAsBeforeSave()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Multiclass(missingFraction: 0.05);
        using var model = (s_learner with { Rounds = 80, EarlyStoppingRounds = 3, LearningRate = 0.5 }).Fit(x, y);
        var before = model.PredictProbabilities(x);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        using var loaded = XGBoostClassificationModel.Load(stream);

        LearnerConformance.AssertBitwiseEqual(before, loaded.PredictProbabilities(x));
        Assert.Equal(model.BestIteration, loaded.BestIteration);
        Assert.Equal(model.BoostedRounds, loaded.BoostedRounds);
        Assert.Equal(model.ValidationScores, loaded.ValidationScores);
        Assert.Equal(3, loaded.ClassCount);
    }

    [Fact]
    public void Load_OtherModelType_ThrowsInvalidDataException()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Regression();
        using var model = new XGBoostRegressor { Rounds = 3 }.Fit(x, y);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => XGBoostClassificationModel.Load(stream));

        Assert.Contains("XGBoostModel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CorruptXGBoostModel_ThrowsInvalidDataExceptionWithXGBoostsMessage()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        using var model = s_learner.Fit(x, y);
        using var stream = new MemoryStream();
        model.Save(stream);
        var bytes = stream.ToArray();
        bytes.AsSpan(bytes.Length - 200, 150).Fill((byte)'#');

        var error = Assert.Throws<InvalidDataException>(() => XGBoostClassificationModel.Load(new MemoryStream(bytes)));

        Assert.IsType<XGBoostException>(error.InnerException);
    }

    [Fact]
    public void FeatureImportances_SignalInFirstColumns_RanksThemFirstAndSumsToOne()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary(rows: 600);   // the logit uses x0 (weight 4) and x1 (weight −3); x4 is noise

        using var model = s_learner.Fit(x, y);
        var importances = model.FeatureImportances();
        var weights = model.FeatureScores(XGBoostImportanceType.Weight);

        Assert.Equal(x.ColumnCount, importances.Length);
        Assert.Equal(1.0, importances.Sum(), 12);
        Assert.True(importances[0] > importances[4] && importances[1] > importances[4], string.Join(", ", importances));
        Assert.All(weights, w => Assert.Equal(Math.Round(w), w));
        Assert.True(weights.Sum() > 0);
    }

    [Fact]
    public void FeatureScores_AfterEarlyStopping_CountOnlyTheKeptRounds()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        var learner = s_learner with { Rounds = 200, LearningRate = 0.8, EarlyStoppingRounds = 5 };
        using var stopped = learner.Fit(x, y);
        Assert.True(stopped.BoostedRounds > stopped.BestIteration + 1);

        // Refit the kept rounds alone on the same (seeded) training rows: the same trees, hence the same splits.
        var kept = (learner with { Rounds = stopped.BestIteration + 1, EarlyStoppingRounds = 5 })
            .Fit(x, y);

        Assert.Equal(kept.FeatureScores(XGBoostImportanceType.Weight), stopped.FeatureScores(XGBoostImportanceType.Weight));
        kept.Dispose();
    }

    [Fact]
    public void WithRounds_EarlyStoppingLearner_TrainsExactlyThoseRoundsAndKeepsThemAll()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();
        var learner = s_learner with { Rounds = 500, EarlyStoppingRounds = 5 };

        using var model = (XGBoostClassificationModel)learner.WithRounds(17).Fit(x, y);

        Assert.Equal(17, model.BoostedRounds);
        Assert.Equal(17, ((IRoundCount)model).Rounds);
    }

    [Fact]
    public void RoundCount_AfterEarlyStopping_IsTheBestRoundPlusOne()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary();

        using var model = (s_learner with { Rounds = 200, LearningRate = 0.8, EarlyStoppingRounds = 5 }).Fit(x, y);

        Assert.True(model.BoostedRounds < 200, $"early stopping never stopped ({model.BoostedRounds} rounds)");
        Assert.Equal(model.BestIteration + 1, ((IRoundCount)model).Rounds);
    }
}
