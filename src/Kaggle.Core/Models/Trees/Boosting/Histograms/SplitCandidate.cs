using System.Runtime.CompilerServices;

namespace Kaggle.Core.Models.Trees;

/// <summary>A set of bins (0..255) as four 64-bit words: the left side of a categorical split.</summary>
[InlineArray(4)]
internal struct BinSet
{
    private ulong _word;

    public readonly bool Contains(int bin) => (this[bin >> 6] & (1UL << (bin & 63))) != 0;

    public void Add(int bin) => this[bin >> 6] |= 1UL << (bin & 63);
}

/// <summary>
/// The best split found for one leaf (or one feature of it): the feature, the bin threshold (numeric: value bins ≤ Bin
/// go left) or the left bin set (categorical), the side of missing values, the gain, and both children's sums.
/// </summary>
internal struct SplitCandidate
{
    public int Feature;
    public int Bin;
    public bool MissingLeft;
    public bool Categorical;
    public double Gain;
    public double LeftG;
    public double LeftH;
    public int LeftCount;
    public double RightG;
    public double RightH;
    public int RightCount;
    public BinSet LeftBins;

    public static SplitCandidate None => new() { Feature = -1, Gain = double.NegativeInfinity };

    public readonly bool IsValid => Feature >= 0;

    /// <summary>Whether a row in bin <paramref name="bin"/> (of this split's feature, whose missing bin is <paramref name="missingBin"/>) goes left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool GoesLeft(int bin, int missingBin) =>
        Categorical ? LeftBins.Contains(bin) : bin == missingBin ? MissingLeft : bin <= Bin;
}
