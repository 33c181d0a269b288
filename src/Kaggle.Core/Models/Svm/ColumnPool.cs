using System.Collections.Concurrent;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// Kernel-column buffers shared by the machines of one fit: a one-vs-one fit trains dozens of machines whose
/// caches would otherwise each allocate (and leave to the GC) tens of megabytes of columns. Every buffer has the
/// largest machine's length; a cache uses a prefix. Thread-safe.
/// </summary>
internal sealed class ColumnPool(int length)
{
    private readonly ConcurrentBag<double[]> _free = [];

    public double[] Rent(int needed)
    {
        if (needed > length) throw new ArgumentOutOfRangeException(nameof(needed), needed, $"The pool's columns hold {length} entries.");
        return _free.TryTake(out var column) ? column : GC.AllocateUninitializedArray<double>(length);
    }

    public void Return(double[] column) => _free.Add(column);
}
