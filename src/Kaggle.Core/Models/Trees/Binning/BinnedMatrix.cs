namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The bin index of every cell, one byte each, row-major (<c>Bins[row * FeatureCount + feature]</c>): built once per
/// fit and read by every tree. Row-major keeps a row's bins in one cache line, so a histogram pass touches one line
/// per row whatever the number of features. <see cref="ColumnMajor"/> adds a feature-major copy for passes that read
/// one feature of many rows (partitions), where it puts 64 rows in a line instead of two.
/// </summary>
internal sealed class BinnedMatrix(byte[] bins, int rowCount, int featureCount)
{
    private byte[]? _columns;

    public byte[] Bins { get; } = bins;

    public int RowCount { get; } = rowCount;

    public int FeatureCount { get; } = featureCount;

    public ReadOnlySpan<byte> Row(int row) => Bins.AsSpan(row * FeatureCount, FeatureCount);

    /// <summary>The same bins feature-major (<c>[feature * RowCount + row]</c>), made on first use.</summary>
    public byte[] ColumnMajor(int threads)
    {
        if (_columns is not null) return _columns;
        var columns = GC.AllocateUninitializedArray<byte>(Bins.Length);
        var bins = Bins;
        var (n, m) = (RowCount, FeatureCount);
        TreeParallel.For(m, threads, f =>
        {
            var column = columns.AsSpan(f * n, n);
            for (var i = 0; i < n; i++) column[i] = bins[(i * m) + f];
        });
        return _columns = columns;
    }
}
