namespace Kaggle.Core.Models.Neighbors;

/// <summary>
/// The k best (distance, row) pairs seen so far, as a max-heap ordered by distance and then by row index, so that
/// among equally distant rows the lower training index always wins, whatever order the search visits them in.
/// One per worker; reused across queries by <see cref="Clear"/>.
/// </summary>
internal sealed class NearestSet
{
    private readonly double[] _distances;
    private readonly int[] _rows;
    private int _count;

    public NearestSet(int k)
    {
        _distances = new double[k];
        _rows = new int[k];
    }

    /// <summary>The distance a candidate must not exceed to enter: +∞ until the set is full.</summary>
    public double Worst => _count < _rows.Length ? double.PositiveInfinity : _distances[0];

    public void Clear() => _count = 0;

    public void Offer(double distance, int row)
    {
        if (_count < _rows.Length)
        {
            var i = _count++;
            // Sift up.
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!After(distance, row, _distances[parent], _rows[parent])) break;
                _distances[i] = _distances[parent];
                _rows[i] = _rows[parent];
                i = parent;
            }
            _distances[i] = distance;
            _rows[i] = row;
            return;
        }
        if (!After(_distances[0], _rows[0], distance, row)) return;
        SiftDown(distance, row, _count);
    }

    /// <summary>Writes the neighbours nearest first (ties by lower row) and empties the set.</summary>
    public void Drain(Span<int> rows, Span<double> distances)
    {
        for (var n = _count; n > 0; n--)
        {
            rows[n - 1] = _rows[0];
            distances[n - 1] = _distances[0];
            SiftDown(_distances[n - 1], _rows[n - 1], n - 1);
        }
        _count = 0;
    }

    // Places (distance, row) from the root of a heap of the given size.
    private void SiftDown(double distance, int row, int size)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= size) break;
            if (child + 1 < size && After(_distances[child + 1], _rows[child + 1], _distances[child], _rows[child])) child++;
            if (!After(_distances[child], _rows[child], distance, row)) break;
            _distances[i] = _distances[child];
            _rows[i] = _rows[child];
            i = child;
        }
        _distances[i] = distance;
        _rows[i] = row;
    }

    private static bool After(double d1, int r1, double d2, int r2) => d1 > d2 || (d1 == d2 && r1 > r2);
}
