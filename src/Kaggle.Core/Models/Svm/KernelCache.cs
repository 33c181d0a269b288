using System.Runtime.CompilerServices;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// The least-recently-used cache of kernel columns k(x_r, ·) that the SMO solver reads two of per iteration
/// (libsvm's cache): its capacity is a memory budget divided by the column length, at least two columns.
/// While the solver has shrunk its problem it asks only for the entries of the active rows (as libsvm's
/// <c>get_Q(i, active_size)</c> does); such a partial column stays valid until the active set grows again, which
/// the solver signals by a new epoch. Every entry is computed on its own, so a partial and a full column agree.
/// Not thread-safe; one per solver.
/// </summary>
internal sealed class KernelCache
{
    private readonly Matrix _x;
    private readonly KernelFunction _kernel;
    private readonly int _threads;
    private readonly ColumnPool? _pool;
    private readonly int[] _slotOfRow;
    private readonly int[] _rowOfSlot;
    private readonly long[] _lastUse;
    private readonly double[][] _columns;
    private readonly bool[] _full;
    private readonly int[] _epoch;
    private long _clock;
    private int _filled;

    public KernelCache(Matrix x, KernelFunction kernel, double megabytes, int threads, ColumnPool? pool = null)
    {
        _pool = pool;
        _x = x;
        _kernel = kernel;
        _threads = threads;
        var capacity = Math.Max(2, (int)Math.Min(megabytes * 1024 * 1024 / (8.0 * x.RowCount), x.RowCount));
        _slotOfRow = [.. Enumerable.Repeat(-1, x.RowCount)];
        _rowOfSlot = [.. Enumerable.Repeat(-1, capacity)];
        _lastUse = new long[capacity];
        _columns = new double[capacity][];
        _full = new bool[capacity];
        _epoch = new int[capacity];
        Diagonal = new double[x.RowCount];
        for (var i = 0; i < x.RowCount; i++) Diagonal[i] = kernel.Evaluate(x.Row(i), x.Row(i));
    }

    /// <summary>k(x_i, x_i) per row.</summary>
    public double[] Diagonal { get; }

    /// <summary>The column k(x_row, ·) over all rows; valid until the next call evicts it (the solver holds at most two).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Column(int row)
    {
        var slot = Slot(row);
        if (!_full[slot])
        {
            _kernel.Column(_x, row, _columns[slot], _threads);
            _full[slot] = true;
        }
        return _columns[slot];
    }

    /// <summary>
    /// The column k(x_row, ·) with at least the entries of the first <paramref name="count"/> rows of
    /// <paramref name="activeRows"/> filled; the solver's active set of <paramref name="epoch"/> only shrinks, so
    /// entries filled in the same epoch stay good.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Column(int row, int[] activeRows, int count, int epoch)
    {
        if (count >= _x.RowCount) return Column(row);
        var slot = Slot(row);
        if (!_full[slot] && _epoch[slot] != epoch)
        {
            _kernel.Column(_x, row, activeRows, count, _columns[slot], _threads);
            _epoch[slot] = epoch;
        }
        return _columns[slot];
    }

    /// <summary>Hands the column buffers back to the pool (if any); the cache must not be used afterwards.</summary>
    public void Release()
    {
        if (_pool is null) return;
        for (var s = 0; s < _columns.Length; s++)
        {
            if (_columns[s] is { } column) _pool.Return(column);
            _columns[s] = null!;
        }
    }

    // The slot holding row's column, evicting the least recently used one on a miss (its contents then stale).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Slot(int row)
    {
        _clock++;
        var slot = _slotOfRow[row];
        if (slot >= 0)
        {
            _lastUse[slot] = _clock;
            return slot;
        }
        if (_filled < _lastUse.Length) slot = _filled++;   // the least recently used while slots are still empty
        else
        {
            slot = 0;
            for (var s = 1; s < _lastUse.Length; s++)
                if (_lastUse[s] < _lastUse[slot]) slot = s;
        }
        if (_rowOfSlot[slot] >= 0) _slotOfRow[_rowOfSlot[slot]] = -1;
        // Columns live as long as the solve: on the pinned heap the GC never copies them through its generations.
        _columns[slot] ??= _pool?.Rent(_x.RowCount) ?? GC.AllocateUninitializedArray<double>(_x.RowCount, pinned: true);
        _full[slot] = false;
        _epoch[slot] = -1;
        _rowOfSlot[slot] = row;
        _slotOfRow[row] = slot;
        _lastUse[slot] = _clock;
        return slot;
    }
}
