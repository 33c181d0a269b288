using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Maps each feature's raw values to at most 255 value bins plus one missing bin, so a cell fits a byte
/// (the histogram method of LightGBM and XGBoost <c>hist</c>). Numeric features are cut at midpoints between
/// neighbouring distinct values: when a feature has no more distinct values than bins every value gets its own bin
/// and splits are exactly those of an exhaustive (CART) search; otherwise the cuts are quantiles, found on a seeded
/// row sample for large data. NaN goes to the missing bin, which is always the feature's last bin
/// (index <see cref="ValueBinCount"/>). Categorical features map each category value to its own bin, the most
/// frequent first; the rarest beyond the bin budget share the missing bin.
/// </summary>
internal sealed partial class BinMapper
{
    /// <summary>The most value bins a feature can have; the missing bin makes 256, one byte.</summary>
    public const int MaxValueBins = 255;

    /// <summary>Rows sampled to find the cut points of larger data (LightGBM samples 200,000 too).</summary>
    public const int DefaultSampleSize = 200_000;

    /// <summary>Category values must be integers below this, so per-node category sets stay small bitsets.</summary>
    public const int MaxCategoryValue = 1 << 20;

    private const int PaddedBins = 256;

    // Numeric features: the upper bound of every value bin (the last is +inf), padded to 256 entries with +inf so the
    // bin search runs a fixed 8 branch-free steps. Empty for categorical features.
    private readonly double[][] _upper;
    private readonly BinGrid?[] _grids;
    private readonly int[] _valueBins;
    // Categorical features: the category value of each value bin, and the inverse lookup (-1: not a known category).
    private readonly int[]?[] _categories;
    private readonly int[]?[] _binOfCategory;

    private BinMapper(double[][] upper, int[] valueBins, int[]?[] categories, int[]?[] binOfCategory)
    {
        _upper = upper;
        _grids = [.. upper.Select((u, f) => categories[f] is null ? new BinGrid(u) : null)];
        _valueBins = valueBins;
        _categories = categories;
        _binOfCategory = binOfCategory;
    }

    public int FeatureCount => _valueBins.Length;

    /// <summary>The number of value bins of feature <paramref name="feature"/> (at least 1); it is also the index of its missing bin.</summary>
    public int ValueBinCount(int feature) => _valueBins[feature];

    /// <summary>The index of the missing bin of <paramref name="feature"/>: its last bin.</summary>
    public int MissingBin(int feature) => _valueBins[feature];

    public bool IsCategorical(int feature) => _categories[feature] is not null;

    /// <summary>The largest raw value of numeric bin <paramref name="bin"/>: a split "bin ≤ b" is "x ≤ UpperBound(b)".</summary>
    public double UpperBound(int feature, int bin) => _upper[feature][bin];

    /// <summary>The category value held by bin <paramref name="bin"/> of a categorical feature.</summary>
    public int CategoryOf(int feature, int bin) => _categories[feature]![bin];

    /// <summary>Bins every cell of <paramref name="x"/> (which must have this mapper's feature count), in parallel over row blocks.</summary>
    public BinnedMatrix Transform(Matrix x, int threads)
    {
        ArgumentNullException.ThrowIfNull(x);
        var featureCount = FeatureCount;
        var bins = GC.AllocateUninitializedArray<byte>(checked(x.RowCount * featureCount));
        const int BlockRows = 16_384;
        var blocks = (x.RowCount + BlockRows - 1) / BlockRows;
        var values = x.Array;
        TreeParallel.For(blocks, threads, block =>
            TransformRows(values, bins, block * BlockRows, Math.Min(x.RowCount, (block + 1) * BlockRows)));
        return new BinnedMatrix(bins, x.RowCount, featureCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TransformRows(double[] values, byte[] bins, int start, int end)
    {
        var featureCount = FeatureCount;
        for (var row = start; row < end; row++)
        {
            var offset = row * featureCount;
            for (var f = 0; f < featureCount; f++)
            {
                var v = values[offset + f];
                // Numeric cells, the common case, skip the NaN and categorical checks of Bin.
                bins[offset + f] = _grids[f] is { } grid && !double.IsNaN(v) ? grid.Find(v) : Bin(f, v, row);
            }
        }
    }

    /// <summary>The bin of raw value <paramref name="value"/> of <paramref name="feature"/> (<paramref name="row"/> only names a bad cell).</summary>
    public byte Bin(int feature, double value, int row = -1)
    {
        if (double.IsNaN(value)) return (byte)_valueBins[feature];
        var lookup = _binOfCategory[feature];
        if (lookup is null) return NumericBin(_upper[feature], value);
        if (!IsCategoryValue(value))
            throw new ArgumentException(
                $"Feature {feature} is categorical but row {row} holds {value}; categories must be integers in [0, {MaxCategoryValue}) or NaN for missing.", "x");
        var category = (int)value;
        var bin = category < lookup.Length ? lookup[category] : -1;
        return (byte)(bin < 0 ? _valueBins[feature] : bin);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(bool condition) => Unsafe.As<bool, byte>(ref condition);

    public static bool IsCategoryValue(double value) => value >= 0 && value < MaxCategoryValue && value == Math.Floor(value);

    // The first bin whose upper bound is ≥ value, by 8 halving steps without branches (a comparison's flag becomes
    // 0 or 1), since a mispredicted branch per step would dominate binning a million rows.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte NumericBin(double[] upper, double value)
    {
        ref var u = ref MemoryMarshal.GetArrayDataReference(upper);
        var lo = 0;
        lo += Step(Unsafe.Add(ref u, lo + 127) < value) << 7;
        lo += Step(Unsafe.Add(ref u, lo + 63) < value) << 6;
        lo += Step(Unsafe.Add(ref u, lo + 31) < value) << 5;
        lo += Step(Unsafe.Add(ref u, lo + 15) < value) << 4;
        lo += Step(Unsafe.Add(ref u, lo + 7) < value) << 3;
        lo += Step(Unsafe.Add(ref u, lo + 3) < value) << 2;
        lo += Step(Unsafe.Add(ref u, lo + 1) < value) << 1;
        lo += Step(Unsafe.Add(ref u, lo) < value);
        return (byte)lo;
    }
}
