namespace Kaggle.Autograd;

/// <summary>Ends a <see cref="BufferArena"/> scope: the buffers rented inside it return to the arena.</summary>
public readonly struct ArenaScope : IDisposable, IEquatable<ArenaScope>
{
    private readonly BufferArena? _arena;

    internal ArenaScope(BufferArena arena) => _arena = arena;

    public void Dispose() => _arena?.End();

    public bool Equals(ArenaScope other) => ReferenceEquals(_arena, other._arena);

    public override bool Equals(object? obj) => obj is ArenaScope other && Equals(other);

    public override int GetHashCode() => _arena?.GetHashCode() ?? 0;

    public static bool operator ==(ArenaScope left, ArenaScope right) => left.Equals(right);

    public static bool operator !=(ArenaScope left, ArenaScope right) => !left.Equals(right);
}
