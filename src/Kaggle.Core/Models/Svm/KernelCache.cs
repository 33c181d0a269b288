using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// The least-recently-used cache of kernel columns k(x_r, ·) that the SMO solver reads two of per iteration
/// (libsvm's cache): its capacity is a memory budget divided by the column length, at least two columns.
/// Not thread-safe; one per solver.
/// </summary>
internal sealed class KernelCache
{
    private readonly Matrix _x;
    private readonly KernelFunction _kernel;
    private readonly int _threads;
    private readonly int[] _slotOfRow;
    private readonly int[] _rowOfSlot;
    private readonly long[] _lastUse;
    private readonly double[][] _columns;
    private long _clock;

    public KernelCache(Matrix x, KernelFunction kernel, double megabytes, int threads)
    {
        _x = x;
        _kernel = kernel;
        _threads = threads;
        var capacity = Math.Max(2, (int)Math.Min(megabytes * 1024 * 1024 / (8.0 * x.RowCount), x.RowCount));
        _slotOfRow = [.. Enumerable.Repeat(-1, x.RowCount)];
        _rowOfSlot = [.. Enumerable.Repeat(-1, capacity)];
        _lastUse = new long[capacity];
        _columns = new double[capacity][];
        Diagonal = new double[x.RowCount];
        for (var i = 0; i < x.RowCount; i++) Diagonal[i] = kernel.Evaluate(x.Row(i), x.Row(i));
    }

    /// <summary>k(x_i, x_i) per row.</summary>
    public double[] Diagonal { get; }

    /// <summary>The column k(x_row, ·) over all rows; valid until the next call evicts it (the solver holds at most two).</summary>
    public double[] Column(int row)
    {
        _clock++;
        var slot = _slotOfRow[row];
        if (slot >= 0)
        {
            _lastUse[slot] = _clock;
            return _columns[slot];
        }
        slot = 0;
        for (var s = 1; s < _lastUse.Length; s++)
            if (_lastUse[s] < _lastUse[slot]) slot = s;
        if (_rowOfSlot[slot] >= 0) _slotOfRow[_rowOfSlot[slot]] = -1;
        var column = _columns[slot] ??= new double[_x.RowCount];
        _kernel.Column(_x, row, column, _threads);
        _rowOfSlot[slot] = row;
        _slotOfRow[row] = slot;
        _lastUse[slot] = _clock;
        return column;
    }
}
