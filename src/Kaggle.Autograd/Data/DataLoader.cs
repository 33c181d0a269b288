using Kaggle.Core;

namespace Kaggle.Autograd.Data;

/// <summary>
/// Splits row indices 0..rowCount−1 into mini-batches, reshuffled every epoch by a Fisher–Yates permutation whose
/// randomness depends only on (seed, epoch), so any epoch can be reproduced on its own.
/// </summary>
public sealed class DataLoader
{
    public DataLoader(int rowCount, int batchSize, bool shuffle = true, int seed = 0, bool dropLast = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        RowCount = rowCount;
        BatchSize = batchSize;
        Shuffle = shuffle;
        Seed = seed;
        DropLast = dropLast;
    }

    public int RowCount { get; }

    public int BatchSize { get; }

    public bool Shuffle { get; }

    public int Seed { get; }

    /// <summary>Whether a last batch smaller than <see cref="BatchSize"/> is left out (it is kept by default).</summary>
    public bool DropLast { get; }

    public int BatchCount => DropLast ? RowCount / BatchSize : (RowCount + BatchSize - 1) / BatchSize;

    /// <summary>The order of the rows in <paramref name="epoch"/>.</summary>
    public int[] Order(int epoch)
    {
        var order = new int[RowCount];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        if (!Shuffle) return order;
        new SplitMix64(SplitMix64.Derive(Seed, epoch, 0x5EED)).Shuffle(order.AsSpan());
        return order;
    }

    /// <summary>The batches of <paramref name="epoch"/>, as consecutive slices of <see cref="Order"/>.</summary>
    public IEnumerable<ArraySegment<int>> Batches(int epoch)
    {
        var order = Order(epoch);
        for (var b = 0; b < BatchCount; b++)
            yield return new ArraySegment<int>(order, b * BatchSize, Math.Min(BatchSize, RowCount - (b * BatchSize)));
    }

    /// <summary>Copies rows <paramref name="rows"/> of a row-major [rowCount, width] buffer into <paramref name="destination"/>.</summary>
    public static void Gather(ReadOnlySpan<float> source, int width, ReadOnlySpan<int> rows, Span<float> destination)
    {
        if (destination.Length < rows.Length * width)
            throw new ArgumentException($"The destination holds {destination.Length} values; {rows.Length} rows of {width} need {rows.Length * width}.", nameof(destination));
        for (var i = 0; i < rows.Length; i++)
            source.Slice(rows[i] * width, width).CopyTo(destination.Slice(i * width, width));
    }
}
