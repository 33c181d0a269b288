using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kaggle.MlNet.Data;

/// <summary>
/// The row bookkeeping of our in-memory data views' cursors: rows 0..n-1 in order, one batch, every column active,
/// row ids from the position. Subclasses hand out getters that read the current <see cref="Position"/>.
/// </summary>
internal abstract class SequentialCursor(long rowCount, DataViewSchema schema) : DataViewRowCursor
{
    private long _position = -1;

    public override long Position => _position;

    public override long Batch => 0;

    public override DataViewSchema Schema => schema;

    public override bool IsColumnActive(DataViewSchema.Column column) => true;

    public override bool MoveNext()
    {
        if (_position + 1 >= rowCount)
        {
            _position = rowCount;
            return false;
        }
        _position++;
        return true;
    }

    public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);
}
