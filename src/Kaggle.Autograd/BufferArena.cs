namespace Kaggle.Autograd;

/// <summary>
/// Reuses tensor buffers across training steps. Inside <see cref="Begin"/>, every tensor an op creates (outputs,
/// intermediate gradients, saved scratch such as im2col columns) takes its buffer from this arena; when the scope
/// ends the buffers return to the arena and those tensors become empty, so the next step (same shapes) allocates
/// nothing. Leaf tensors (parameters) and their gradients never come from an arena.
/// Copy out what you need (for example <c>loss.Item()</c>) before the scope ends.
/// An arena is used by one thread at a time; scopes do not nest.
/// </summary>
public sealed class BufferArena
{
    [ThreadStatic] private static BufferArena? s_current;

    private readonly Dictionary<int, Stack<float[]>> _freeFloats = [];
    private readonly Dictionary<int, Stack<int[]>> _freeInts = [];
    private readonly List<Tensor> _tensors = [];
    private readonly List<float[]> _floats = [];
    private readonly List<int[]> _ints = [];
    private BufferArena? _previous;
    private bool _open;

    /// <summary>Total bytes of the buffers this arena has allocated so far (they are kept for reuse).</summary>
    public long AllocatedBytes { get; private set; }

    /// <summary>Makes this arena the current one on this thread until the returned scope is disposed.</summary>
    public ArenaScope Begin()
    {
        if (_open)
            throw new InvalidOperationException("This BufferArena already has an open scope; end it before beginning another.");
        _open = true;
        _previous = s_current;
        s_current = this;
        return new ArenaScope(this);
    }

    internal void End()
    {
        foreach (var tensor in _tensors)
        {
            Return(_freeFloats, tensor.Data);
            tensor.Data = [];
        }
        foreach (var buffer in _floats) Return(_freeFloats, buffer);
        foreach (var buffer in _ints) Return(_freeInts, buffer);
        _tensors.Clear();
        _floats.Clear();
        _ints.Clear();
        s_current = _previous;
        _previous = null;
        _open = false;
    }

    /// <summary>An uninitialised buffer for <paramref name="owner"/>'s data, from the current arena when there is one.</summary>
    internal static float[] RentFor(Tensor owner, int length)
    {
        if (s_current is not { } arena || length == 0)
            return GC.AllocateUninitializedArray<float>(length);
        arena._tensors.Add(owner);
        return arena.Take(arena._freeFloats, length);
    }

    /// <summary>An uninitialised scratch buffer valid until the current arena scope ends (a plain array without one).</summary>
    internal static float[] RentFloats(int length)
    {
        if (s_current is not { } arena || length == 0)
            return GC.AllocateUninitializedArray<float>(length);
        var buffer = arena.Take(arena._freeFloats, length);
        arena._floats.Add(buffer);
        return buffer;
    }

    /// <summary>An uninitialised integer scratch buffer valid until the current arena scope ends.</summary>
    internal static int[] RentInts(int length)
    {
        if (s_current is not { } arena || length == 0)
            return GC.AllocateUninitializedArray<int>(length);
        var buffer = arena.Take(arena._freeInts, length);
        arena._ints.Add(buffer);
        return buffer;
    }

    private T[] Take<T>(Dictionary<int, Stack<T[]>> free, int length)
    {
        if (free.TryGetValue(length, out var stack) && stack.Count > 0)
            return stack.Pop();
        AllocatedBytes += (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        return GC.AllocateUninitializedArray<T>(length);
    }

    private static void Return<T>(Dictionary<int, Stack<T[]>> free, T[] buffer)
    {
        if (buffer.Length == 0) return;
        if (!free.TryGetValue(buffer.Length, out var stack))
            free[buffer.Length] = stack = new Stack<T[]>();
        stack.Push(buffer);
    }
}
