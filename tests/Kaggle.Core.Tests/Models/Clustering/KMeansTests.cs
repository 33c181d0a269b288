using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Clustering;

namespace Kaggle.Core.Tests.Models.Clustering;

/// <summary>Against scikit-learn's KMeans (TestData/Clustering/make_kmeans_golden.py) and the unsupervised contract.</summary>
public sealed class KMeansTests
{
    private static readonly JsonElement s_golden = GoldenJson.Load("Clustering", "kmeans_golden.json");

    [Theory]
    [InlineData("blobs")]
    [InlineData("noise")]
    public void Fit_FixedInitialCentroids_SklearnInertiaCentresAndIterations(string set)
    {
        var root = s_golden.GetProperty(set);
        var x = root.GetProperty("x").ToMatrix();
        var learner = new KMeans { Clusters = root.GetProperty("k").GetInt32(), InitialCentroids = root.GetProperty("init").ToMatrix() };

        var model = learner.Fit(x);

        Assert.Equal(root.GetProperty("inertia").GetDouble(), model.Inertia, 1e-8 * model.Inertia);
        Assert.Equal(root.GetProperty("iterations").GetInt32(), model.Iterations);
        var centres = root.GetProperty("centres").Flatten();
        for (var k = 0; k < centres.Length; k++) Assert.Equal(centres[k], model.Centroids.Values[k], 1e-10);
        Assert.Equal(root.GetProperty("labels").Ints(), model.Predict(x));
    }

    [Fact]
    public void Fit_KMeansPlusPlusWithRestarts_ReachesSklearnBestInertia()
    {
        var root = s_golden.GetProperty("blobs");
        var x = root.GetProperty("x").ToMatrix();

        var model = new KMeans { Clusters = 4, Seed = 3 }.Fit(x);

        Assert.True(model.Inertia <= root.GetProperty("plusplus_inertia").GetDouble() * (1 + 1e-9), $"inertia {model.Inertia}");
    }

    [Fact]
    public void Fit_ThreadCounts_BitIdenticalCentres()
    {
        var x = Noise(rows: 3000, columns: 7, seed: 4);

        var one = new KMeans { Clusters = 9, Restarts = 2, Threads = 1 }.Fit(x);
        var many = new KMeans { Clusters = 9, Restarts = 2, Threads = 4 }.Fit(x);

        Assert.Equal(one.Centroids.Values.ToArray(), many.Centroids.Values.ToArray());
        Assert.Equal(one.Inertia, many.Inertia);
    }

    [Fact]
    public void Fit_DoesNotChangeLearnerAndIgnoresEarlierFits()
    {
        var learner = new KMeans { Clusters = 3, Restarts = 2 };
        var twin = learner with { };

        var first = learner.Fit(Noise(100, 2, seed: 1));
        learner.Fit(Noise(50, 2, seed: 2));
        var again = learner.Fit(Noise(100, 2, seed: 1));

        Assert.Equal(twin, learner);
        Assert.Equal(first.Centroids.Values.ToArray(), again.Centroids.Values.ToArray());
    }

    [Fact]
    public void Fit_DuplicatePointsFewerDistinctThanClusters_ZeroInertiaAndFiniteCentres()
    {
        var x = Matrix.FromRows([1.0, 1], [1, 1], [1, 1], [5, 5], [5, 5]);

        var model = new KMeans { Clusters = 3 }.Fit(x);

        Assert.Equal(0, model.Inertia);
        Assert.All(model.Centroids.Values.ToArray(), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Fit_OneRowOneCluster_CentreIsTheRow()
    {
        var model = new KMeans { Clusters = 1 }.Fit(Matrix.FromRows([2.0, 3]));

        Assert.Equal([2.0, 3], model.Centroids.Values.ToArray());
        Assert.Equal([0], model.Predict(Matrix.FromRows([9.0, 9])));
    }

    [Fact]
    public void Fit_MoreClustersThanRows_ThrowsNamingClusters()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new KMeans { Clusters = 3 }.Fit(Matrix.FromRows([1.0], [2])));

        Assert.Equal("Clusters", error.ParamName);
    }

    [Fact]
    public void Fit_MissingValue_ThrowsNamingNaN()
    {
        var error = Assert.Throws<ArgumentException>(() => new KMeans { Clusters = 1 }.Fit(Matrix.FromRows([1.0], [double.NaN])));

        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveLoad_RoundTrip_SameDistances()
    {
        var x = Noise(200, 3, seed: 6);
        var model = new KMeans { Clusters = 5 }.Fit(x);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = KMeansModel.Load(stream);

        Assert.Equal(model.Transform(x).Values.ToArray(), loaded.Transform(x).Values.ToArray());
        Assert.Equal(model.Inertia, loaded.Inertia);
    }

    private static Matrix Noise(int rows, int columns, int seed)
    {
        var random = new SplitMix64(seed);
        var x = new Matrix(rows, columns);
        for (var k = 0; k < x.Values.Length; k++) x.Values[k] = random.NextDouble() + (k / columns % 3);
        return x;
    }
}
