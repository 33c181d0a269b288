using System.Text.Json;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Svm;

namespace Kaggle.Core.Tests.Models.Svm;

/// <summary>Against scikit-learn's SVC and SVR, i.e. libsvm (TestData/Svm/make_svm_golden.py), both solved to 1e-8.</summary>
public sealed class SupportVectorGoldenTests
{
    private static readonly JsonElement s_golden = GoldenJson.Load("Svm", "svm_golden.json");

    public static TheoryData<string> BinaryCases => ["rbf", "poly", "linear", "scale"];

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void Classifier_BinaryFixture_SameDecisionValuesAndSupportCounts(string name)
    {
        var data = s_golden.GetProperty("binary");
        var expected = s_golden.GetProperty($"binary_{name}");
        var learner = name switch
        {
            "rbf" => new SupportVectorClassifier { Gamma = 0.5, C = 2 },
            "poly" => new SupportVectorClassifier { Kernel = SvmKernel.Polynomial, Gamma = 0.3, Degree = 3, Coef0 = 1, C = 0.5 },
            "linear" => new SupportVectorClassifier { Kernel = SvmKernel.Linear },
            _ => new SupportVectorClassifier(),
        };

        var model = (learner with { Tolerance = 1e-8, PlattFolds = 0 }).Fit(data.GetProperty("x").ToMatrix(), data.GetProperty("y").Doubles());
        var q = data.GetProperty("q").ToMatrix();

        AssertClose(expected.GetProperty("decision").Doubles(), model.DecisionValues(q).Column(0), 1e-6);
        Assert.Equal(expected.GetProperty("n_support").Ints(), model.SupportVectorsPerClass());
        Assert.Equal(expected.GetProperty("predict").Ints(), model.PredictByVote(q));
    }

    [Fact]
    public void Classifier_ThreeClasses_SameOneVsOneDecisionsSupportCountsAndVotes()
    {
        var data = s_golden.GetProperty("multiclass");
        var q = data.GetProperty("q").ToMatrix();

        var model = new SupportVectorClassifier { Gamma = 1, Tolerance = 1e-8 }.Fit(data.GetProperty("x").ToMatrix(), data.GetProperty("y").Doubles());

        AssertClose(data.GetProperty("decision").Flatten(), model.DecisionValues(q).Values.ToArray(), 1e-6);
        Assert.Equal(data.GetProperty("n_support").Ints(), model.SupportVectorsPerClass());
        Assert.Equal(data.GetProperty("predict").Ints(), model.PredictByVote(q));
        Assert.All(Enumerable.Range(0, q.RowCount), i => Assert.Equal(1.0, model.PredictProbabilities(q).Row(i).ToArray().Sum(), 9));
    }

    [Fact]
    public void Regressor_Fixture_SamePredictionsInterceptAndSupportCount()
    {
        var data = s_golden.GetProperty("svr");

        var model = new SupportVectorRegressor { Gamma = 0.7, C = 2, Epsilon = 0.1, Tolerance = 1e-8 }.Fit(data.GetProperty("x").ToMatrix(), data.GetProperty("y").Doubles());

        AssertClose(data.GetProperty("predict").Doubles(), model.Predict(data.GetProperty("q").ToMatrix()), 1e-6);
        Assert.Equal(data.GetProperty("intercept").GetDouble(), model.Intercept, 1e-6);
        Assert.Equal(data.GetProperty("n_support").GetInt32(), model.SupportVectorCount);
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * (1 + Math.Abs(expected[i])), $"[{i}]: expected {expected[i]}, got {actual[i]}");
    }
}
