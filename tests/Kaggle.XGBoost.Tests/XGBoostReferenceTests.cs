using Kaggle.Core.Models;

namespace Kaggle.XGBoost.Tests;

/// <summary>
/// Our binding against the python binding over the same libxgboost.so.0: same data, same parameters, same predictions
/// (TestData/make_reference.py: 160 training rows with NaNs, 15 rounds of hist with row and column sampling).
/// </summary>
public sealed class XGBoostReferenceTests
{
    // Regression, binary and ranking predictions come out bit-identical; multi-class differs by ~1e-8 because
    // XGBoostClassificationModel renormalizes the float32 softmax in double.
    private const double Tolerance = 1e-6;

    // The parameters of make_reference.py's "common" set.
    private static readonly XGBoostRegressor s_regressor = new()
    {
        TreeMethod = XGBoostTreeMethod.Hist, LearningRate = 0.3, MaxDepth = 4, MaxLeaves = null, GrowPolicy = XGBoostGrowPolicy.DepthWise,
        RowSubsample = 0.8, ColumnSubsample = 0.8, L2Regularization = 1.5, L1Regularization = 0.1, MinChildWeight = 1, MaxBins = 32, Threads = 2, Seed = 7, Rounds = 15,
    };

    [Fact]
    public void Predict_SquaredError_EqualsPythonBinding()
    {
        RequireXGBoost.Library();

        using var model = s_regressor.Fit(ReferenceData.Train, ReferenceData.Target("y_reg"));

        AssertClose(ReferenceData.Expected("regression"), model.Predict(ReferenceData.Test));
    }

    [Fact]
    public void Predict_LossGuide_EqualsPythonBinding()
    {
        RequireXGBoost.Library();
        var learner = s_regressor with { GrowPolicy = XGBoostGrowPolicy.LossGuide, MaxDepth = null, MaxLeaves = 8 };

        using var model = learner.Fit(ReferenceData.Train, ReferenceData.Target("y_reg"));

        AssertClose(ReferenceData.Expected("regression_lossguide"), model.Predict(ReferenceData.Test));
    }

    [Fact]
    public void PredictProbabilities_Binary_EqualsPythonBinding()
    {
        RequireXGBoost.Library();
        var learner = Classifier();

        using var model = learner.Fit(ReferenceData.Train, ReferenceData.Target("y_bin"));
        var probabilities = model.PredictProbabilities(ReferenceData.Test);

        Assert.Equal(2, model.ClassCount);
        AssertClose(ReferenceData.Expected("binary"), probabilities.Column(1));
    }

    [Fact]
    public void PredictProbabilities_Multiclass_EqualsPythonBinding()
    {
        RequireXGBoost.Library();
        var learner = Classifier();

        using var model = learner.Fit(ReferenceData.Train, ReferenceData.Target("y_multi"));
        var probabilities = model.PredictProbabilities(ReferenceData.Test);

        Assert.Equal(3, model.ClassCount);
        AssertClose(ReferenceData.Expected("multiclass"), probabilities.Values.ToArray());
    }

    [Fact]
    public void Predict_RankPairwiseWithGroups_EqualsPythonBinding()
    {
        RequireXGBoost.Library();
        var learner = s_regressor with { Objective = "rank:pairwise" };
        var training = new XGBoostDataSet(ReferenceData.Train, ReferenceData.Target("y_rank")) { GroupSizes = ReferenceData.Groups };

        using var model = learner.Fit(training);

        AssertClose(ReferenceData.Expected("ranking"), model.Predict(ReferenceData.Test));
    }

    private static XGBoostClassifier Classifier() => new()
    {
        TreeMethod = s_regressor.TreeMethod, LearningRate = s_regressor.LearningRate, MaxDepth = s_regressor.MaxDepth, MaxLeaves = s_regressor.MaxLeaves,
        GrowPolicy = s_regressor.GrowPolicy, RowSubsample = s_regressor.RowSubsample, ColumnSubsample = s_regressor.ColumnSubsample, L2Regularization = s_regressor.L2Regularization,
        L1Regularization = s_regressor.L1Regularization, MinChildWeight = s_regressor.MinChildWeight, MaxBins = s_regressor.MaxBins, Threads = s_regressor.Threads,
        Seed = s_regressor.Seed, Rounds = s_regressor.Rounds,
    };

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"prediction {i}: python {expected[i]:R}, ours {actual[i]:R}");
    }
}
