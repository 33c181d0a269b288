namespace Kaggle.Core.Models.Trees;

/// <summary>
/// The bin index of every cell, one byte each, row-major (<c>Bins[row * FeatureCount + feature]</c>): built once per
/// fit and read by every tree. Row-major keeps a row's bins in one cache line, so a node's histogram pass touches
/// one line per row whatever the number of features it looks at.
/// </summary>
internal sealed class BinnedMatrix(byte[] bins, int rowCount, int featureCount)
{
    public byte[] Bins { get; } = bins;

    public int RowCount { get; } = rowCount;

    public int FeatureCount { get; } = featureCount;

    public ReadOnlySpan<byte> Row(int row) => Bins.AsSpan(row * FeatureCount, FeatureCount);
}
