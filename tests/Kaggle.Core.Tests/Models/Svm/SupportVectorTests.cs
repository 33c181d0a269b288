using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Svm;

namespace Kaggle.Core.Tests.Models.Svm;

public sealed class SupportVectorTests
{
    [Fact]
    public void Classifier_SingleClass_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => new SupportVectorClassifier().Fit(Matrix.FromRows([0.0], [1]), [1.0, 1]));

        Assert.Contains("single class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classifier_DuplicatePointsAndConstantColumn_SeparatesAndGivesFiniteProbabilities()
    {
        var x = Matrix.FromRows([0.0, 1], [0, 1], [0, 1], [3, 1], [3, 1], [3, 1], [0.2, 1], [2.8, 1]);
        double[] y = [0, 0, 0, 1, 1, 1, 0, 1];

        var model = new SupportVectorClassifier { PlattFolds = 2 }.Fit(x, y);

        Assert.Equal([0, 0, 0, 1, 1, 1, 0, 1], model.PredictByVote(x));
        Assert.All(model.PredictProbabilities(x).Values.ToArray(), v => Assert.True(double.IsFinite(v) && v >= 0 && v <= 1));
    }

    [Fact]
    public void Classifier_EveryFeatureConstant_GammaScaleFallsBackToOne()
    {
        var model = new SupportVectorClassifier { PlattFolds = 0 }.Fit(Matrix.FromRows([1.0], [1], [1], [1]), [0.0, 1, 0, 1]);

        Assert.Equal(1.0, model.Gamma);
    }

    [Fact]
    public void Classifier_ZeroWeightRowsAreLeftOut_SameAsWithoutThem()
    {
        var x = Matrix.FromRows([0.0], [0.5], [2], [2.5], [9]);
        double[] y = [0, 0, 1, 1, 0];

        var weighted = new SupportVectorClassifier { PlattFolds = 0 }.Fit(x, y, [1.0, 1, 1, 1, 0]);
        var dropped = new SupportVectorClassifier { PlattFolds = 0, Gamma = weighted.Gamma }.Fit(x.Rows([0, 1, 2, 3]), [0.0, 0, 1, 1]);

        var probe = Matrix.FromRows([1.0], [7]);
        Assert.Equal(dropped.DecisionValues(probe).Values.ToArray(), weighted.DecisionValues(probe).Values.ToArray());
    }

    [Fact]
    public void Classifier_PlattFoldsOne_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SupportVectorClassifier { PlattFolds = 1 }.Fit(Matrix.FromRows([0.0], [1]), [0.0, 1]));

        Assert.Equal("PlattFolds", error.ParamName);
    }

    [Fact]
    public void Regressor_OneRow_PredictsItsTarget()
    {
        var model = new SupportVectorRegressor { Epsilon = 0 }.Fit(Matrix.FromRows([1.0, 2]), [3.0]);

        Assert.Equal(3.0, model.Predict(Matrix.FromRows([1.0, 2]))[0], 9);
    }
}
