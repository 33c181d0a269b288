using Kaggle.Core.Models;
using Kaggle.Testing;

namespace Kaggle.XGBoost.Tests;

/// <summary>The example at the top of src/Kaggle.XGBoost/README.md, run on synthetic data.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        RequireXGBoost.Library();
        var (xTrain, yTrain) = Synthetic.Multiclass(seed: 1);
        var (xValid, yValid) = Synthetic.Multiclass(seed: 2);
        var (xTest, _) = Synthetic.Multiclass(seed: 3);
        var path = Path.Combine(Path.GetTempPath(), $"readme-{Guid.NewGuid():N}.kglm");

        var learner = new XGBoostClassifier { LearningRate = 0.1, MaxDepth = 4, Rounds = 500, EarlyStoppingRounds = 20, Seed = 1 };
        using var model = learner.Fit(new XGBoostDataSet(xTrain, yTrain), new XGBoostDataSet(xValid, yValid));
        var p = model.PredictProbabilities(xTest);
        var gains = model.FeatureImportances();
        using (var file = File.Create(path)) model.Save(file);

        Assert.Equal((xTest.RowCount, 3), (p.RowCount, p.ColumnCount));
        Assert.True(model.BestIteration < 499);
        Assert.Equal(1.0, gains.Sum(), 12);
        using (var file = File.OpenRead(path))
        using (var loaded = XGBoostClassificationModel.Load(file))
            LearnerConformance.AssertBitwiseEqual(p, loaded.PredictProbabilities(xTest));
        File.Delete(path);
    }
}
