using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;
using Kaggle.MlNet.Features;
using Kaggle.MlNet.Learners;
using Kaggle.Testing;
using Microsoft.ML;

namespace Kaggle.MlNet.Tests.Learners;

public sealed class MlNetCrossValidationTests
{
    [Fact]
    public void Run_MlNetFeatureStepAndTrainer_CrossValidatesLikeOurOwnLearners()
    {
        var (x, y) = Synthetic.Binary(rows: 300, seed: 21);
        var train = new Frame(Enumerable.Range(0, x.ColumnCount).Select(j => (Column)new NumericColumn($"f{j}", x.Column(j))));
        var scale = new MlNetFeatureStep
        {
            NumericColumns = [.. train.Names], OutputColumn = "Features", Prefix = "scaled_",
            Transform = ml => ml.Transforms.NormalizeMeanVariance("Features"),
        };
        var spec = new ModelSpec("mlnet-lbfgs", scale, seed => new MlNetClassifier
        {
            Name = "ML.NET L-BFGS", Seed = seed, Binary = ml => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(),
        });

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y);

        Assert.Equal(4, result.Folds.Count);
        Assert.True(result.OutOfFoldScore > 0.7, $"accuracy {result.OutOfFoldScore}");
    }
}
