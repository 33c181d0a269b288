namespace Kaggle.Autograd.Kernels;

/// <summary>Runs independent items on up to <see cref="Engine.Threads"/> threads, or inline when the work is small.</summary>
internal static class Parallelism
{
    // Below about this many element operations a parallel loop costs more than it saves.
    private const long SerialBelow = 1 << 15;

    /// <summary>Calls <paramref name="body"/> for 0..count−1; items must write disjoint memory, so the order does not matter.</summary>
    public static void For(int count, long workPerItem, Action<int> body)
    {
        var threads = Engine.Threads;
        if (threads == 1 || count == 1 || count * workPerItem < SerialBelow)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }
}
