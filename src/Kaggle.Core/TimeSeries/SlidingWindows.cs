namespace Kaggle.Core.TimeSeries;

/// <summary>
/// Sliding windows over a series: the window ending at point t holds points t − W + 1 … t, so a detector scoring
/// point t from its window never looks ahead. Windows exist for t ≥ W − 1.
/// </summary>
public static class SlidingWindows
{
    /// <summary>Copies the window of <paramref name="width"/> points ending at <paramref name="end"/> into <paramref name="destination"/>.</summary>
    public static void Copy<T>(ReadOnlySpan<T> values, int end, int width, Span<T> destination)
    {
        if (end < width - 1 || end >= values.Length)
            throw new ArgumentOutOfRangeException(nameof(end), $"A window of {width} ending at {end} does not fit a series of {values.Length} points.");
        values.Slice(end - width + 1, width).CopyTo(destination);
    }

    /// <summary>
    /// The end points of the windows of <paramref name="width"/> that lie in [<paramref name="from"/>, <paramref name="to"/>),
    /// every <paramref name="stride"/> points, always including the last one.
    /// </summary>
    public static int[] Ends(int from, int to, int width, int stride = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var first = Math.Max(from, width - 1);
        if (first >= to) return [];
        var ends = new List<int>();
        for (var t = first; t < to; t += stride) ends.Add(t);
        if (ends[^1] != to - 1) ends.Add(to - 1);
        return [.. ends];
    }
}
