using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd;

/// <summary>Restores the <see cref="Engine"/> settings that were in force before <see cref="Engine.Use"/> or <see cref="Engine.NoGrad"/>.</summary>
public readonly struct EngineScope : IDisposable, IEquatable<EngineScope>
{
    private readonly bool _noGrad;
    private readonly IGemm? _gemm;
    private readonly int _threads;

    internal EngineScope(bool noGrad, IGemm? gemm, int threads)
    {
        _noGrad = noGrad;
        _gemm = gemm;
        _threads = threads;
    }

    public void Dispose() => Engine.Restore(_noGrad, _gemm, _threads);

    public bool Equals(EngineScope other) => _noGrad == other._noGrad && ReferenceEquals(_gemm, other._gemm) && _threads == other._threads;

    public override bool Equals(object? obj) => obj is EngineScope other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_noGrad, _gemm, _threads);

    public static bool operator ==(EngineScope left, EngineScope right) => left.Equals(right);

    public static bool operator !=(EngineScope left, EngineScope right) => !left.Equals(right);
}
