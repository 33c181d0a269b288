using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Bayes;

namespace Kaggle.Core.Tests.Models.Bayes;

/// <summary>Against scikit-learn's GaussianNB and BernoulliNB (TestData/Bayes/make_bayes_golden.py).</summary>
public sealed class NaiveBayesGoldenTests
{
    private static readonly JsonElement s_golden = GoldenJson.Load("Bayes", "bayes_golden.json");
    private static readonly Matrix s_x = s_golden.GetProperty("x").ToMatrix();
    private static readonly double[] s_y = s_golden.GetProperty("y").Doubles();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Gaussian_SklearnFixture_SameParametersAndProbabilitiesTo1e9(bool weighted)
    {
        var expected = Expected(weighted, "gaussian");

        var model = new GaussianNaiveBayes().Fit(s_x, s_y, Weights(weighted));

        AssertClose(expected.GetProperty("means").Flatten(), model.Means.Values.ToArray(), 1e-12);
        AssertClose(expected.GetProperty("variances").Flatten(), model.Variances.Values.ToArray(), 1e-12);
        AssertClose(expected.GetProperty("proba").Flatten(), model.PredictProbabilities(s_x).Values.ToArray(), 1e-9);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bernoulli_SklearnFixture_SameLogProbabilitiesAndProbabilities(bool weighted)
    {
        var expected = Expected(weighted, "bernoulli");

        var model = new BernoulliNaiveBayes { Alpha = 0.5, Binarize = 0.2 }.Fit(s_x, s_y, Weights(weighted));

        AssertClose(expected.GetProperty("feature_log_prob").Flatten(), model.FeatureLogProbabilities.Values.ToArray(), 1e-12);
        AssertClose(expected.GetProperty("proba").Flatten(), model.PredictProbabilities(s_x).Values.ToArray(), 1e-9);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bernoulli_UniformPrior_SameProbabilities(bool weighted)
    {
        var expected = Expected(weighted, "bernoulli_uniform");

        var model = new BernoulliNaiveBayes { FitPrior = false }.Fit(s_x, s_y, Weights(weighted));

        AssertClose(expected.GetProperty("proba").Flatten(), model.PredictProbabilities(s_x).Values.ToArray(), 1e-9);
    }

    private static JsonElement Expected(bool weighted, string model) => s_golden.GetProperty(weighted ? "weighted" : "unweighted").GetProperty(model);

    private static double[] Weights(bool weighted) => weighted ? s_golden.GetProperty("w").Doubles() : [];

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * (1 + Math.Abs(expected[i])), $"[{i}]: expected {expected[i]}, got {actual[i]}");
    }
}
