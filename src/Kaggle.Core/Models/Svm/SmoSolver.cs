using System.Runtime.CompilerServices;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// Sequential minimal optimisation for min ½αᵀQα + pᵀα subject to yᵀα = const and 0 ≤ αᵢ ≤ Cᵢ, where
/// Qᵥᵥ′ = yᵥyᵥ′k(x_row(v), x_row(v′)): libsvm's solver (Chang and Lin, https://www.csie.ntu.edu.tw/~cjlin/libsvm/),
/// i.e. second-order working-set selection (Fan, Chen and Lin 2005), a kernel-column cache, and shrinking of
/// variables stuck at a bound, with the gradient rebuilt before the final optimality check. The active set is
/// kept in the same order libsvm's swaps give, so ties in the selection resolve as libsvm's do.
/// Used for C-SVC (p = −1) and ε-SVR (2n variables, p = ε ∓ y).
/// </summary>
internal sealed partial class SmoSolver
{
    private const double Tau = 1e-12;

    private readonly KernelCache _cache;
    private readonly int[] _row;
    private readonly double[] _sign;
    private readonly double[] _p;
    private readonly double[] _cap;
    private readonly double _eps;
    private readonly bool _shrinking;
    private readonly int _length;
    private readonly double[] _alpha;
    private readonly double[] _gradient;
    private readonly double[] _gradientBar;
    private readonly int[] _order;
    private readonly int[] _activeRows;
    private readonly long[] _inUp;
    private readonly long[] _inLow;
    private readonly bool _direct;
    private int _activeSize;
    private int _epoch;
    private bool _ordered = true;
    private bool _unshrink;

    public SmoSolver(KernelCache cache, int[] row, double[] sign, double[] p, double[] cap, double eps, bool shrinking)
    {
        (_cache, _row, _sign, _p, _cap, _eps, _shrinking) = (cache, row, sign, p, cap, eps, shrinking);
        _length = row.Length;
        _alpha = new double[_length];
        _gradient = (double[])p.Clone();
        _gradientBar = new double[_length];
        _order = [.. Enumerable.Range(0, _length)];
        _activeRows = (int[])row.Clone();
        _activeSize = _length;
        // SVC's variables are its rows, and until shrinking first swaps two variables the order is the identity:
        // the hot loops then index straight, without the gathers through _order and _row.
        _direct = row.AsSpan().SequenceEqual(_order);
        _inUp = new long[_length];
        _inLow = new long[_length];
        for (var v = 0; v < _length; v++) SetStatus(v);
    }

    public sealed record Solution(double[] Alpha, double Rho, int Iterations);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Solution Solve(int maxIterations)
    {
        var counter = Math.Min(_length, 1000) + 1;
        var iterations = 0;
        while (iterations < maxIterations)
        {
            if (--counter == 0)
            {
                counter = Math.Min(_length, 1000);
                if (_shrinking) Shrink();
            }
            if (!SelectWorkingSet(out var i, out var j))
            {
                Unshrink();
                if (!SelectWorkingSet(out i, out j)) break;
                counter = 1;
            }
            iterations++;
            Update(i, j);
        }
        if (_activeSize < _length) Unshrink();
        return new Solution(_alpha, Rho(), iterations);
    }

    // Membership of I_up (yα can grow: below C for y = +1, above 0 for y = −1) and I_low (yα can shrink), kept
    // per variable as a mask (all bits or none, for the vectorised scans) so the selection loops test one flag;
    // only the two updated variables change per iteration.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetStatus(int v)
    {
        _inUp[v] = (_sign[v] > 0 ? _alpha[v] < _cap[v] : _alpha[v] > 0) ? -1L : 0L;
        _inLow[v] = (_sign[v] > 0 ? _alpha[v] > 0 : _alpha[v] < _cap[v]) ? -1L : 0L;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsUpper(int v) => _alpha[v] >= _cap[v];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsLower(int v) => _alpha[v] <= 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Q(double[] column, int v, int w) => _sign[v] * _sign[w] * column[_row[w]];

    private double Diagonal(int v) => _cache.Diagonal[_row[v]];

    // Variable v's kernel column, filled at least at the active variables' rows.
    private double[] ActiveColumn(int v) => _cache.Column(_row[v], _activeRows, _activeSize, _epoch);

    // WSS3: i maximises −yᵢ∇ᵢ over I_up; j minimises the second-order decrease over I_low. False when optimal within eps.
    // The hot loop of the solve: while the variables are in order the scans are vectorised (SelectionScan, the same
    // choices as the loops below); otherwise arrays are read through locals and the bound tests are the kept flags.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SelectWorkingSet(out int outI, out int outJ)
    {
        var (order, sign, gradient, rows, inUp, inLow) = (_order, _sign, _gradient, _row, _inUp, _inLow);
        var contiguous = _ordered && _direct;
        var active = _activeSize;
        double gmax = double.NegativeInfinity, gmax2 = double.NegativeInfinity, best = double.PositiveInfinity;
        int i = -1, j = -1;
        if (contiguous) (gmax, i) = SelectionScan.MaxUp(sign.AsSpan(0, active), gradient.AsSpan(0, active), inUp.AsSpan(0, active));
        else
        {
            for (var t = 0; t < active; t++)
            {
                var v = order[t];
                if (inUp[v] == 0) continue;
                var g = -sign[v] * gradient[v];
                if (g >= gmax) (gmax, i) = (g, v);
            }
        }
        outI = i;
        outJ = -1;
        if (i < 0) return false;
        var column = ActiveColumn(i);
        var diagonal = _cache.Diagonal;
        var diagonalI = diagonal[rows[i]];
        if (contiguous)
        {
            (gmax2, _, j) = SelectionScan.MinDecrease(sign.AsSpan(0, active), gradient.AsSpan(0, active), inLow.AsSpan(0, active),
                diagonal.AsSpan(0, active), column.AsSpan(0, active), diagonalI, gmax, Tau);
        }
        else
        {
            for (var t = 0; t < active; t++)
            {
                var v = order[t];
                if (inLow[v] == 0) continue;
                var g = sign[v] * gradient[v];
                if (g >= gmax2) gmax2 = g;
                var gradDiff = gmax + g;
                if (gradDiff <= 0) continue;
                // libsvm's two sign cases both reduce to k_ii + k_jj − 2k_ij.
                var r = rows[v];
                var quad = diagonalI + diagonal[r] - (2.0 * column[r]);
                var decrease = -(gradDiff * gradDiff) / (quad > 0 ? quad : Tau);
                if (decrease <= best) (best, j) = (decrease, v);
            }
        }
        outJ = j;
        return gmax + gmax2 >= _eps && j >= 0;
    }
}
