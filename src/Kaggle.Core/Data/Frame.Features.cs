namespace Kaggle.Core.Data;

public sealed partial class Frame
{
    /// <summary>
    /// Converts the frame to what a learner takes: the dense <see cref="ToMatrix"/> when no column is a
    /// <see cref="SparseBlockColumn"/> (the same matrix, bit for bit), otherwise one CSR matrix whose columns follow
    /// the frame's order, each sparse block expanded in place and each numeric column stored where it is non-zero.
    /// </summary>
    public FeatureMatrix ToFeatureMatrix()
    {
        if (!_columns.Any(c => c.Kind == ColumnKind.Sparse))
            return FeatureMatrix.Of(ToMatrix());

        var offsets = new int[_columns.Length];
        var columnCount = 0L;
        var capacity = 0L;
        for (var j = 0; j < _columns.Length; j++)
        {
            offsets[j] = (int)columnCount;
            switch (_columns[j])
            {
                case SparseBlockColumn block:
                    columnCount += block.Matrix.ColumnCount;
                    capacity += block.Matrix.NonZeroCount;
                    break;
                case NumericColumn:
                    columnCount++;
                    capacity += RowCount;
                    break;
                default:
                    ThrowNotNumeric(_columns[j]);
                    break;
            }
        }
        if (columnCount > int.MaxValue)
            throw new InvalidOperationException($"The frame expands to {columnCount} feature columns; at most {int.MaxValue} fit a matrix.");

        var builder = new CsrBuilder((int)columnCount, (int)Math.Min(capacity, Array.MaxLength));
        for (var i = 0; i < RowCount; i++)
        {
            for (var j = 0; j < _columns.Length; j++)
            {
                if (_columns[j] is SparseBlockColumn block)
                {
                    var indices = block.Matrix.RowIndices(i);
                    var values = block.Matrix.RowValues(i);
                    for (var k = 0; k < indices.Length; k++) builder.Add(offsets[j] + indices[k], values[k]);
                }
                else
                {
                    // NaN != 0, so a missing value stays a stored NaN that learners needing finite input reject.
                    var value = ((NumericColumn)_columns[j])[i];
                    if (value != 0) builder.Add(offsets[j], value);
                }
            }
            builder.EndRow();
        }
        return FeatureMatrix.Of(builder.Build());
    }

    private static void ThrowNotNumeric(Column column) =>
        Throw.InvalidOperation(column.Kind == ColumnKind.Sparse
            ? $"Column '{column.Name}' is a sparse block; convert the frame with ToFeatureMatrix(), which yields a CSR matrix."
            : $"Column '{column.Name}' is {column.Kind}; only numeric columns convert to a matrix. Encode it first (one-hot, ordinal, target encoding) or drop it.");
}
