using System.Globalization;

namespace Kaggle.Core.Data;

/// <summary>
/// Many numeric feature columns held as one <see cref="CsrMatrix"/>: what a text vectorizer puts in place of the
/// text column. <see cref="Frame.ToFeatureMatrix"/> expands it into <see cref="FeatureNames"/>.Count columns at its
/// position; a frame holding one converts to a CSR matrix. Rows are never missing (an empty text is an all-zero row).
/// </summary>
public sealed class SparseBlockColumn : Column
{
    private readonly IReadOnlyList<string> _featureNames;

    /// <summary>
    /// Wraps <paramref name="matrix"/> (rows = frame rows) with one name per matrix column. Nothing is copied, so pass a
    /// list nobody changes afterwards (a hashing vectorizer passes a computed list rather than a million strings).
    /// </summary>
    public SparseBlockColumn(string name, CsrMatrix matrix, IReadOnlyList<string> featureNames)
        : base(name, (matrix ?? throw new ArgumentNullException(nameof(matrix))).RowCount)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        if (featureNames.Count != matrix.ColumnCount)
            throw new ArgumentException($"The block has {matrix.ColumnCount} columns but {featureNames.Count} feature names were given.", nameof(featureNames));
        Matrix = matrix;
        _featureNames = featureNames;
    }

    public override ColumnKind Kind => ColumnKind.Sparse;

    /// <summary>The block's values, rows × <see cref="FeatureNames"/>.Count.</summary>
    public CsrMatrix Matrix { get; }

    /// <summary>One name per matrix column (e.g. the n-gram), in column order.</summary>
    public IReadOnlyList<string> FeatureNames => _featureNames;

    public override bool IsMissing(int row) => false;

    public override Column Take(ReadOnlySpan<int> rows) => new SparseBlockColumn(Name, Matrix.Rows(rows), _featureNames);

    public override Column Rename(string name) => new SparseBlockColumn(name, Matrix, _featureNames);

    /// <summary>The row's stored entries as <c>feature:value</c> pairs separated by spaces (for logs, not for CSV round trips).</summary>
    public override string? Format(int row)
    {
        var indices = Matrix.RowIndices(row);
        var values = Matrix.RowValues(row);
        var parts = new string[indices.Length];
        for (var k = 0; k < parts.Length; k++)
            parts[k] = $"{_featureNames[indices[k]]}:{values[k].ToString("G6", CultureInfo.InvariantCulture)}";
        return string.Join(' ', parts);
    }

    /// <summary>This block's rows followed by <paramref name="bottom"/>'s; both must have the same feature names.</summary>
    public SparseBlockColumn Concat(SparseBlockColumn bottom)
    {
        ArgumentNullException.ThrowIfNull(bottom);
        if (!ReferenceEquals(_featureNames, bottom._featureNames) && !_featureNames.SequenceEqual(bottom._featureNames, StringComparer.Ordinal))
            throw new ArgumentException($"Sparse column '{Name}' has different features in the two frames ({_featureNames.Count} and {bottom._featureNames.Count}); fit the vectorizer once and apply it to both.", nameof(bottom));
        return new SparseBlockColumn(Name, CsrMatrix.VerticalStack(Matrix, bottom.Matrix), _featureNames);
    }
}
