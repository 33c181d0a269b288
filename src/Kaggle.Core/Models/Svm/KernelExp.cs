using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// eˣ for the RBF kernel's arguments x = −γ‖a − b‖² ≤ 0, four lanes at a time, written for the solver's kernel
/// columns: it is inlined into the (already optimised) column loop, where the runtime's generic vector Exp first
/// ran for ~100 ms as unoptimised tier-0 code in every one-off fit. Range reduction x = n·ln 2 + r with |r| ≤ ½ln 2
/// (ln 2 split in two), a degree-13 Taylor polynomial of eʳ evaluated with fused multiply-adds (truncation
/// below 10⁻¹⁷), and the scale 2ⁿ applied as two exact powers of two so results down
/// to the subnormals come out right; x below −745.2 gives 0. Within a couple of ulps of <see cref="Math.Exp"/>,
/// exactly 1 at 0, and the same bits on every machine (the software fallbacks of these vector operations round alike).
/// </summary>
internal static class KernelExp
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2Hi = 0.693147180369123816490;   // 0x3FE62E42FEE00000: the high bits of ln 2
    private const double Ln2Lo = 1.90821492927058770002e-10;  // ln 2 − Ln2Hi
    private const double Lowest = -745.2;                     // below it eˣ rounds to 0
    private const double Shift = 4503599627370496.0;          // 2⁵²: an integer-valued n + 2⁵² keeps n in its low mantissa bits

    /// <summary>eˣ per lane, for lanes x ≤ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        x = Vector256.Max(x, Vector256.Create(Lowest));
        var n = Vector256.Round(x * Vector256.Create(Log2E));
        var r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2Hi), x);
        r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2Lo), r);
        // Σₖ rᵏ/k! for k ≤ 13 in Estrin's form: pairs, then pairs of pairs by r², r⁴, r⁸, four fused steps deep
        // instead of Horner's thirteen (the chain's latency, not its arithmetic, was the cost).
        var r2 = r * r;
        var r4 = r2 * r2;
        var a0 = Vector256.FusedMultiplyAdd(r, Vector256<double>.One, Vector256<double>.One);
        var a1 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 6), Vector256.Create(0.5));
        var a2 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 120), Vector256.Create(1.0 / 24));
        var a3 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 5040), Vector256.Create(1.0 / 720));
        var a4 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 362880), Vector256.Create(1.0 / 40320));
        var a5 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 39916800), Vector256.Create(1.0 / 3628800));
        var a6 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 6227020800), Vector256.Create(1.0 / 479001600));
        var b0 = Vector256.FusedMultiplyAdd(a1, r2, a0);
        var b1 = Vector256.FusedMultiplyAdd(a3, r2, a2);
        var b2 = Vector256.FusedMultiplyAdd(a5, r2, a4);
        var d1 = Vector256.FusedMultiplyAdd(a6, r4, b2);
        var d0 = Vector256.FusedMultiplyAdd(b1, r4, b0);
        var p = Vector256.FusedMultiplyAdd(d1, r4 * r4, d0);
        // 2ⁿ = 2ʰ·2ⁿ⁻ʰ with h = ⌊n/2⌋: both factors are normal numbers for n ≥ −1075, the first product is exact
        // and only the last can round (into the subnormals).
        var half = Vector256.Floor(n * Vector256.Create(0.5));
        return p * PowerOfTwo(half) * PowerOfTwo(n - half);
    }

    // 2ᵏ for integer-valued k in [−1022, 1023]: k + 1023 moved into the exponent field.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> PowerOfTwo(Vector256<double> k) =>
        Vector256.ShiftLeft((k + Vector256.Create(1023.0 + Shift)).AsUInt64(), 52).AsDouble();
}
