using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

public sealed class SparseKernelsTests
{
    public static TheoryData<int> Lengths => [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 100, 257];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Dot_RandomRow_MatchesScalarReference(int length)
    {
        var random = new Random(length);
        var dense = Enumerable.Range(0, 1000).Select(_ => random.NextDouble() - 0.5).ToArray();
        var indices = Enumerable.Range(0, 1000).OrderBy(_ => random.Next()).Take(length).Order().ToArray();
        var values = indices.Select(_ => random.NextDouble() * 3).ToArray();

        var vector = SparseKernels.Dot(indices, values, dense);
        var scalar = SparseKernels.DotScalar(indices, values, dense);

        var naive = 0.0;
        for (var k = 0; k < length; k++) naive += values[k] * dense[indices[k]];
        Assert.Equal(scalar, vector, 1e-12);
        Assert.Equal(naive, scalar, 1e-12);
    }

    [Fact]
    public void Dot_LastIndexAtEndOfVector_ReadsInsideBounds()
    {
        var dense = Enumerable.Range(1, 20).Select(v => (double)v).ToArray();
        var indices = Enumerable.Range(0, 20).ToArray();
        var values = Enumerable.Repeat(1.0, 20).ToArray();

        Assert.Equal(210, SparseKernels.Dot(indices, values, dense));
    }

    [Fact]
    public void AddScaled_Row_AddsOnlyStoredColumns()
    {
        var destination = new double[] { 1, 1, 1, 1 };

        SparseKernels.AddScaled([1, 3], [2.0, -1.0], 0.5, destination);

        Assert.Equal([1.0, 2, 1, 0.5], destination);
    }
}
