using Kaggle.Core.Data;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kaggle.MlNet.Data;

/// <summary>
/// Our row-major <see cref="Matrix"/> (and targets, and weights) as an ML.NET <see cref="IDataView"/>, without a
/// per-row object: the cursor's getters read row i of the matrix's <c>double[]</c> straight into the caller's reused
/// <see cref="VBuffer{T}"/>, rounding to float32 (ML.NET's feature type) on the way. Read-only and not shufflable;
/// ML.NET trainers that want to shuffle or make several passes cache it themselves.
/// </summary>
internal sealed class MatrixDataView : IDataView
{
    private readonly Matrix _x;
    private readonly double[]? _y;
    private readonly double[]? _weights;
    private readonly LabelKind _labelKind;

    public MatrixDataView(Matrix x, double[]? y = null, LabelKind labelKind = LabelKind.None, int classCount = 0, double[]? weights = null)
    {
        _x = x;
        _y = y;
        _weights = weights;
        _labelKind = y is null ? LabelKind.None : labelKind;
        Schema = BuildSchema(x.ColumnCount, _labelKind, classCount, weights is not null);
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _x.RowCount;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    /// <summary>The schema of a view of <paramref name="featureCount"/> features with the given label and an optional weight column.</summary>
    internal static DataViewSchema BuildSchema(int featureCount, LabelKind labelKind, int classCount, bool weighted)
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(MlNetColumns.Features, new VectorDataViewType(NumberDataViewType.Single, featureCount));
        DataViewType? label = labelKind switch
        {
            LabelKind.Regression => NumberDataViewType.Single,
            LabelKind.Binary => BooleanDataViewType.Instance,
            LabelKind.Multiclass => new KeyDataViewType(typeof(uint), classCount),
            _ => null,
        };
        if (label is not null) builder.AddColumn(MlNetColumns.Label, label);
        if (weighted) builder.AddColumn(MlNetColumns.Weight, NumberDataViewType.Single);
        return builder.ToSchema();
    }

    private sealed class Cursor(MatrixDataView view) : SequentialCursor(view._x.RowCount, view.Schema)
    {
        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            Delegate getter = column.Name switch
            {
                MlNetColumns.Features => (ValueGetter<VBuffer<float>>)GetFeatures,
                MlNetColumns.Label when view._labelKind == LabelKind.Binary => (ValueGetter<bool>)((ref bool v) => v = view._y![Position] != 0),
                MlNetColumns.Label when view._labelKind == LabelKind.Multiclass => (ValueGetter<uint>)((ref uint v) => v = (uint)view._y![Position] + 1),
                MlNetColumns.Label => (ValueGetter<float>)((ref float v) => v = (float)view._y![Position]),
                MlNetColumns.Weight => (ValueGetter<float>)((ref float v) => v = (float)view._weights![Position]),
                _ => throw new ArgumentOutOfRangeException(nameof(column), column.Name, "The matrix view has no such column."),
            };
            return getter as ValueGetter<TValue>
                ?? throw new InvalidOperationException($"Column {column.Name} is {column.Type}, not {typeof(TValue).Name}.");
        }

        private void GetFeatures(ref VBuffer<float> value)
        {
            var row = view._x.Row((int)Position);
            var editor = VBufferEditor.Create(ref value, row.Length);
            for (var j = 0; j < row.Length; j++) editor.Values[j] = (float)row[j];
            value = editor.Commit();
        }
    }
}
