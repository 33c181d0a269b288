using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

/// <summary>Random sparse matrices for the sparse tests (test data only; fitted code never uses System.Random).</summary>
internal static class SparseTestData
{
    /// <summary>A rows × columns matrix where each cell is stored with probability <paramref name="density"/>.</summary>
    public static CsrMatrix Random(int rows, int columns, double density, int seed)
    {
        var random = new Random(seed);
        var builder = new CsrBuilder(columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
                if (random.NextDouble() < density) builder.Add(j, Math.Round((random.NextDouble() * 4) - 2, 3));
            builder.EndRow();
        }
        return builder.Build();
    }
}
