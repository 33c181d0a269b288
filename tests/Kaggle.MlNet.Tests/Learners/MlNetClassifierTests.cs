using Kaggle.Core.Models;
using Kaggle.MlNet.Learners;
using Kaggle.Testing;
using Microsoft.ML;

namespace Kaggle.MlNet.Tests.Learners;

public sealed class MlNetClassifierTests
{
    [Fact]
    public void Fit_MulticlassWithoutMulticlassTrainer_ThrowsNamingTheMissingTrainer()
    {
        var (x, y) = Synthetic.Multiclass();
        var learner = new MlNetClassifier { Name = "binary only", Binary = ml => ml.BinaryClassification.Trainers.LbfgsLogisticRegression() };

        var e = Assert.Throws<ArgumentException>(() => learner.Fit(x, y));

        Assert.Contains("Multiclass", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_UncalibratedTrainer_ProbabilitiesAreTheSigmoidOfTheScore()
    {
        var (x, y) = Synthetic.Binary(seed: 4);
        var learner = new MlNetClassifier { Name = "perceptron", Binary = ml => ml.BinaryClassification.Trainers.AveragedPerceptron() };

        var p = learner.Fit(x, y).PredictProbabilities(x);

        var right = 0;
        for (var i = 0; i < x.RowCount; i++)
        {
            Assert.InRange(p[i, 1], 0, 1);
            if ((p[i, 1] > 0.5 ? 1 : 0) == (int)y[i]) right++;
        }
        Assert.True(right > 0.7 * x.RowCount);
    }
}
