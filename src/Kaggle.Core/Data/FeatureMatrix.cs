namespace Kaggle.Core.Data;

/// <summary>
/// The numbers a feature pipeline hands to a learner: either a dense <see cref="Matrix"/> or a <see cref="CsrMatrix"/>
/// (when a step produced a <see cref="SparseBlockColumn"/>). Exactly one of <see cref="Dense"/> and <see cref="Sparse"/> is set.
/// </summary>
public sealed class FeatureMatrix
{
    private FeatureMatrix(Matrix? dense, CsrMatrix? sparse)
    {
        Dense = dense;
        Sparse = sparse;
    }

    /// <summary>The dense matrix, or <see langword="null"/> when the features are sparse.</summary>
    public Matrix? Dense { get; }

    /// <summary>The CSR matrix, or <see langword="null"/> when the features are dense.</summary>
    public CsrMatrix? Sparse { get; }

    public bool IsSparse => Sparse is not null;

    public int RowCount => Dense?.RowCount ?? Sparse!.RowCount;

    public int ColumnCount => Dense?.ColumnCount ?? Sparse!.ColumnCount;

    public static FeatureMatrix Of(Matrix dense) => new(dense ?? throw new ArgumentNullException(nameof(dense)), null);

    public static FeatureMatrix Of(CsrMatrix sparse) => new(null, sparse ?? throw new ArgumentNullException(nameof(sparse)));

    /// <summary>The dense matrix, densifying a sparse one (which costs <see cref="CsrMatrix.DenseBytes"/>).</summary>
    public Matrix ToDense() => Dense ?? Sparse!.ToDense();

    public override string ToString() => IsSparse ? Sparse!.ToString() : Dense!.ToString();
}
