using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Bayes;

namespace Kaggle.Core.Tests.Models.Bayes;

public sealed class NaiveBayesTests
{
    [Fact]
    public void Gaussian_EveryFeatureConstant_DefinedProbabilitiesFromThePriors()
    {
        var x = Matrix.FromRows([1.0, 2], [1, 2], [1, 2], [1, 2]);

        var p = new GaussianNaiveBayes().Fit(x, [0.0, 1, 1, 1]).PredictProbabilities(Matrix.FromRows([1.0, 2]));

        Assert.Equal(0.25, p[0, 0], 12);
        Assert.Equal(0.75, p[0, 1], 12);
    }

    [Fact]
    public void Gaussian_LabelWithNoRows_GetsProbabilityZero()
    {
        var x = Matrix.FromRows([0.0], [0.2], [3], [3.1]);

        var p = new GaussianNaiveBayes().Fit(x, [0.0, 0, 2, 2]).PredictProbabilities(Matrix.FromRows([1.0]));

        Assert.Equal(3, p.ColumnCount);
        Assert.Equal(0, p[0, 1]);
        Assert.Equal(1, p[0, 0] + p[0, 2], 12);
    }

    [Fact]
    public void Fit_SingleClass_ThrowsClearly()
    {
        var x = Matrix.FromRows([0.0], [1]);

        Assert.Contains("single class", Assert.Throws<ArgumentException>(() => new GaussianNaiveBayes().Fit(x, [1.0, 1])).Message, StringComparison.Ordinal);
        Assert.Contains("single class", Assert.Throws<ArgumentException>(() => new BernoulliNaiveBayes().Fit(x, [1.0, 1])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bernoulli_DuplicateRowsAndZeroAlpha_FiniteProbabilities()
    {
        var x = Matrix.FromRows([1.0, 0], [1, 0], [0, 1], [0, 1]);

        var p = new BernoulliNaiveBayes { Alpha = 0 }.Fit(x, [0.0, 0, 1, 1]).PredictProbabilities(x);

        Assert.All(p.Values.ToArray(), v => Assert.True(double.IsFinite(v)));
        Assert.Equal([0, 0, 1, 1], new BernoulliNaiveBayes { Alpha = 0 }.Fit(x, [0.0, 0, 1, 1]).PredictLabels(x));
    }

    [Fact]
    public void Gaussian_NegativeVarSmoothing_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GaussianNaiveBayes { VarSmoothing = -1 }.Fit(Matrix.FromRows([0.0], [1]), [0.0, 1]));

        Assert.Equal("VarSmoothing", error.ParamName);
    }
}
