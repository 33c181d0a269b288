using System.Runtime.CompilerServices;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Finds the bin of a numeric value in a few steps: a uniform grid over the finite upper bounds says which bin the
/// value's grid cell starts in, and a short forward walk finishes. Quantile bins are narrow where values are dense,
/// so a cell rarely spans more than a bin or two. The answer equals the binary search of
/// <see cref="BinMapper"/> (first bin whose upper bound is ≥ the value): when rounding puts a value in the wrong
/// cell the walk notices and the binary search answers.
/// </summary>
internal sealed class BinGrid
{
    private const int Cells = 4096;
    // Beyond this many steps a value falls back to the binary search (a heavy-tailed feature's crowded cell).
    private const int MaxWalk = 8;

    private readonly double[] _upper;
    private readonly byte[] _start;
    private readonly double _low;
    private readonly double _high;
    private readonly double _scale;
    private readonly byte _lastBin;

    /// <summary><paramref name="upper"/>: 256 bounds, the finite ones ascending, then +inf.</summary>
    public BinGrid(double[] upper)
    {
        _upper = upper;
        var finite = 0;
        while (finite < upper.Length && !double.IsPositiveInfinity(upper[finite])) finite++;
        _start = new byte[Cells];
        _lastBin = (byte)finite;
        if (finite == 0)
        {
            _low = _high = double.PositiveInfinity;
            return;
        }
        _low = upper[0];
        _high = upper[finite - 1];
        var width = (_high - _low) / Cells;
        _scale = width > 0 && double.IsFinite(width) ? 1 / width : 0;
        var b = 0;
        for (var c = 0; c < Cells; c++)
        {
            var left = _low + (c * width);
            while (b < finite && upper[b] < left) b++;
            _start[c] = (byte)b;
        }
    }

    /// <summary>The first bin whose upper bound is ≥ <paramref name="value"/> (not NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Find(double value)
    {
        if (value <= _low) return 0;
        if (value > _high) return _lastBin;
        if (_scale == 0) return BinMapper.NumericBin(_upper, value);
        var cell = (int)((value - _low) * _scale);
        if (cell >= Cells) cell = Cells - 1;
        int b = _start[cell];
        if (b > 0 && _upper[b - 1] >= value) return BinMapper.NumericBin(_upper, value);
        for (var step = 0; step < MaxWalk; step++, b++)
            if (_upper[b] >= value) return (byte)b;
        return BinMapper.NumericBin(_upper, value);
    }
}
