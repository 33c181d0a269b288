using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Neighbors;

namespace Kaggle.Core.Tests.Models.Neighbors;

/// <summary>Against scikit-learn's KNeighborsClassifier/Regressor (TestData/Neighbors/make_neighbors_golden.py).</summary>
public sealed class KNearestNeighborsGoldenTests
{
    private static readonly JsonElement s_golden = GoldenJson.Load("Neighbors", "neighbors_golden.json");

    public static TheoryData<string, DistanceMetric, NeighborWeighting, NeighborAlgorithm> Cases()
    {
        var data = new TheoryData<string, DistanceMetric, NeighborWeighting, NeighborAlgorithm>();
        foreach (var set in new[] { "low", "high" })
            foreach (var metric in new[] { DistanceMetric.Euclidean, DistanceMetric.Manhattan, DistanceMetric.Cosine })
                foreach (var weighting in new[] { NeighborWeighting.Uniform, NeighborWeighting.Distance })
                    foreach (var algorithm in new[] { NeighborAlgorithm.Brute, NeighborAlgorithm.KdTree })
                        if (!(metric == DistanceMetric.Cosine && algorithm == NeighborAlgorithm.KdTree))
                            data.Add(set, metric, weighting, algorithm);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classifier_SklearnFixture_SameNeighborsLabelsAndProbabilities(string set, DistanceMetric metric, NeighborWeighting weighting, NeighborAlgorithm algorithm)
    {
        var (x, q, expected) = Fixture(set, metric, weighting);
        var learner = new KNearestNeighborsClassifier { K = 7, Metric = metric, Weighting = weighting, Algorithm = algorithm };

        var model = learner.Fit(x, s_golden.GetProperty(set).GetProperty("y_class").Doubles());
        var (rows, distances) = model.Neighbors(q);

        Assert.Equal(expected.GetProperty("neighbors").FlattenInts(), rows);
        AssertClose(expected.GetProperty("distances").Flatten(), distances, 1e-9);
        Assert.Equal(expected.GetProperty("labels").Ints(), model.PredictLabels(q));
        AssertClose(expected.GetProperty("proba").Flatten(), model.PredictProbabilities(q).Values.ToArray(), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Regressor_SklearnFixture_SamePredictions(string set, DistanceMetric metric, NeighborWeighting weighting, NeighborAlgorithm algorithm)
    {
        var (x, q, expected) = Fixture(set, metric, weighting);
        var learner = new KNearestNeighborsRegressor { K = 7, Metric = metric, Weighting = weighting, Algorithm = algorithm };

        var predicted = learner.Fit(x, s_golden.GetProperty(set).GetProperty("y_reg").Doubles()).Predict(q);

        AssertClose(expected.GetProperty("regression").Doubles(), predicted, 1e-10);
    }

    private static (Matrix X, Matrix Q, JsonElement Expected) Fixture(string set, DistanceMetric metric, NeighborWeighting weighting)
    {
        var root = s_golden.GetProperty(set);
        var key = $"{metric.ToString().ToLowerInvariant()}_{weighting.ToString().ToLowerInvariant()}";
        return (root.GetProperty("x").ToMatrix(), root.GetProperty("q").ToMatrix(), root.GetProperty(key));
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * (1 + Math.Abs(expected[i])), $"[{i}]: expected {expected[i]}, got {actual[i]}");
    }
}
