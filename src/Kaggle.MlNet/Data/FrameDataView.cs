using Kaggle.Core.Data;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kaggle.MlNet.Data;

/// <summary>
/// Columns of our <see cref="Frame"/> as an ML.NET <see cref="IDataView"/> for feature transforms, without per-row
/// objects: the numeric columns named at construction are packed into one float32 vector column
/// <see cref="MlNetColumns.Features"/> (in the order given), and every categorical or text column named is a text
/// column under its own name (its values handed over as <see cref="ReadOnlyMemory{T}"/> of the strings, not copied).
/// </summary>
internal sealed class FrameDataView : IDataView
{
    private readonly double[][] _numeric;
    private readonly Column[] _text;
    private readonly int _rowCount;

    public FrameDataView(Frame frame, IReadOnlyList<string> numericColumns, IReadOnlyList<string> textColumns)
    {
        _numeric = numericColumns.Select(name => frame.Numeric(name).ToArray()).ToArray();
        _text = textColumns.Select(name => frame[name]).ToArray();
        _rowCount = frame.RowCount;
        var builder = new DataViewSchema.Builder();
        if (_numeric.Length > 0)
            builder.AddColumn(MlNetColumns.Features, new VectorDataViewType(NumberDataViewType.Single, _numeric.Length));
        foreach (var column in _text)
        {
            if (column is not (TextColumn or CategoricalColumn))
                throw new ArgumentException($"Column '{column.Name}' is {column.Kind}; only text or categorical columns go to ML.NET as text.", nameof(textColumns));
            builder.AddColumn(column.Name, TextDataViewType.Instance);
        }
        Schema = builder.ToSchema();
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _rowCount;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    private sealed class Cursor(FrameDataView view) : SequentialCursor(view._rowCount, view.Schema)
    {
        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            Delegate getter;
            if (column.Name == MlNetColumns.Features && view._numeric.Length > 0)
            {
                getter = (ValueGetter<VBuffer<float>>)GetFeatures;
            }
            else
            {
                var source = view._text.First(c => c.Name == column.Name);
                getter = source switch
                {
                    TextColumn t => (ValueGetter<ReadOnlyMemory<char>>)((ref ReadOnlyMemory<char> v) => v = t[(int)Position].AsMemory()),
                    CategoricalColumn c => (ValueGetter<ReadOnlyMemory<char>>)((ref ReadOnlyMemory<char> v) => v = c[(int)Position].AsMemory()),
                    _ => throw new InvalidOperationException($"Column {column.Name} is not text."),
                };
            }
            return getter as ValueGetter<TValue>
                ?? throw new InvalidOperationException($"Column {column.Name} is {column.Type}, not {typeof(TValue).Name}.");
        }

        private void GetFeatures(ref VBuffer<float> value)
        {
            var editor = VBufferEditor.Create(ref value, view._numeric.Length);
            for (var j = 0; j < view._numeric.Length; j++) editor.Values[j] = (float)view._numeric[j][Position];
            value = editor.Commit();
        }
    }
}
