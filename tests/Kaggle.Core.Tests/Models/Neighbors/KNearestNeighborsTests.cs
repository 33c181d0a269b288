using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Neighbors;

namespace Kaggle.Core.Tests.Models.Neighbors;

public sealed class KNearestNeighborsTests
{
    [Theory]
    [InlineData(DistanceMetric.Euclidean, 1)]
    [InlineData(DistanceMetric.Euclidean, 6)]
    [InlineData(DistanceMetric.Manhattan, 1)]
    [InlineData(DistanceMetric.Manhattan, 3)]
    public void Neighbors_IntegerGridWithManyTies_KdTreeEqualsBruteAndScalarReference(DistanceMetric metric, int leafSize)
    {
        var x = Grid(rows: 300, columns: 3, seed: 1);
        var q = Grid(rows: 60, columns: 3, seed: 2);
        var y = Enumerable.Range(0, x.RowCount).Select(i => (double)(i % 2)).ToArray();
        var brute = new KNearestNeighborsClassifier { K = 9, Metric = metric, Algorithm = NeighborAlgorithm.Brute }.Fit(x, y);
        var tree = new KNearestNeighborsClassifier { K = 9, Metric = metric, Algorithm = NeighborAlgorithm.KdTree, LeafSize = leafSize }.Fit(x, y);

        var (bruteRows, _) = brute.Neighbors(q);
        var (treeRows, _) = tree.Neighbors(q);

        Assert.Equal(ScalarNeighbors(x, q, 9, metric), bruteRows);
        Assert.Equal(bruteRows, treeRows);
    }

    [Fact]
    public void PredictProbabilities_DistanceWeightsAndExactDuplicate_OnlyZeroDistanceRowsVote()
    {
        var x = Matrix.FromRows([0.0, 0], [0, 0], [1, 0], [1, 0.1]);
        double[] y = [1, 1, 0, 0];
        var model = new KNearestNeighborsClassifier { K = 4, Weighting = NeighborWeighting.Distance }.Fit(x, y);

        var p = model.PredictProbabilities(Matrix.FromRows([0.0, 0]));

        Assert.Equal([0.0, 1.0], p.Values.ToArray());
    }

    [Fact]
    public void Fit_KAboveRowCount_ThrowsNamingK()
    {
        var x = Matrix.FromRows([0.0], [1], [2]);

        var error = Assert.Throws<ArgumentException>(() => new KNearestNeighborsRegressor { K = 4 }.Fit(x, [1.0, 2, 3]));

        Assert.Contains("K is 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SingleClass_ThrowsClearly()
    {
        var x = Matrix.FromRows([0.0], [1], [2]);

        var error = Assert.Throws<ArgumentException>(() => new KNearestNeighborsClassifier { K = 1 }.Fit(x, [1.0, 1, 1]));

        Assert.Contains("single class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_OneRowAndZeroVarianceColumn_ReturnsThatRowsTarget()
    {
        var x = Matrix.FromRows([5.0, 1]);

        var predicted = new KNearestNeighborsRegressor { K = 1 }.Fit(x, [3.5]).Predict(Matrix.FromRows([0.0, 1], [9, 1]));

        Assert.Equal([3.5, 3.5], predicted);
    }

    [Fact]
    public void Fit_KdTreeWithCosine_ThrowsNamingAlgorithm()
    {
        var x = Matrix.FromRows([0.0, 1], [1, 0]);

        var error = Assert.Throws<ArgumentException>(() =>
            new KNearestNeighborsClassifier { K = 1, Metric = DistanceMetric.Cosine, Algorithm = NeighborAlgorithm.KdTree }.Fit(x, [0.0, 1]));

        Assert.Equal("Algorithm", error.ParamName);
    }

    private static Matrix Grid(int rows, int columns, int seed)
    {
        var random = new SplitMix64(seed);
        var x = new Matrix(rows, columns);
        for (var k = 0; k < x.Values.Length; k++) x.Values[k] = random.NextInt(5);
        return x;
    }

    private static int[] ScalarNeighbors(Matrix x, Matrix q, int k, DistanceMetric metric)
    {
        var result = new List<int>();
        for (var i = 0; i < q.RowCount; i++)
        {
            var query = q.Row(i).ToArray();
            result.AddRange(Enumerable.Range(0, x.RowCount)
                .Select(r => (Row: r, Distance: metric == DistanceMetric.Euclidean
                    ? DistanceKernels.SquaredEuclideanScalar(query, x.Row(r)) : DistanceKernels.ManhattanScalar(query, x.Row(r))))
                .OrderBy(p => p.Distance).ThenBy(p => p.Row).Take(k).Select(p => p.Row));
        }
        return [.. result];
    }
}
