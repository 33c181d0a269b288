using Kaggle.Core.Models;
using Kaggle.Testing;

namespace Kaggle.LightGbm.Tests;

/// <summary>The example at the top of src/Kaggle.LightGbm/README.md, run on synthetic data.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        var (xTrain, yTrain) = Synthetic.Multiclass(seed: 1);
        var (xValid, yValid) = Synthetic.Multiclass(seed: 2);
        var (xTest, _) = Synthetic.Multiclass(seed: 3);
        foreach (var x in new[] { xTrain, xValid, xTest })
            for (var i = 0; i < x.RowCount; i++) x[i, 3] = i % 5;   // column 3 holds category codes
        var path = Path.Combine(Path.GetTempPath(), $"readme-{Guid.NewGuid():N}.kglm");

        var learner = new LightGbmClassifier { Rounds = 1000, LearningRate = 0.05, MaxLeaves = 31, EarlyStoppingRounds = 50, CategoricalFeatures = [3] };
        using var model = learner.Fit(xTrain, yTrain, new EvaluationSet(xValid, yValid));
        var p = model.PredictProbabilities(xTest);
        var gains = model.FeatureImportances();
        var splits = model.FeatureScores(LightGbmImportanceType.Split);
        using (var file = File.Create(path)) model.Save(file);

        Assert.Equal((xTest.RowCount, 3), (p.RowCount, p.ColumnCount));
        Assert.True(model.BestIteration < 999);
        Assert.Equal(1.0, gains.Sum(), 12);
        Assert.Equal(4, splits.Length);
        using (var file = File.OpenRead(path))
        using (var loaded = LightGbmClassificationModel.Load(file))
            LearnerConformance.AssertBitwiseEqual(p, loaded.PredictProbabilities(xTest));
        File.Delete(path);
    }
}
