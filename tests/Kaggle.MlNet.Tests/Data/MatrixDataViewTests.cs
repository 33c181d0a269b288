using Kaggle.Core.Data;
using Kaggle.MlNet.Data;
using Microsoft.ML.Data;

namespace Kaggle.MlNet.Tests.Data;

public sealed class MatrixDataViewTests
{
    [Fact]
    public void Cursor_MulticlassMatrix_ReadsRowsAsFloatsAndLabelsAsKeys()
    {
        var x = Matrix.FromRows([1.5, -2], [3, double.NaN]);
        var view = new MatrixDataView(x, [0, 2], LabelKind.Multiclass, classCount: 3, weights: [1, 0.5]);

        using var cursor = view.GetRowCursor(view.Schema);
        var features = cursor.GetGetter<VBuffer<float>>(view.Schema[MlNetColumns.Features]);
        var label = cursor.GetGetter<uint>(view.Schema[MlNetColumns.Label]);
        var weight = cursor.GetGetter<float>(view.Schema[MlNetColumns.Weight]);
        var rows = new List<(float[] X, uint Y, float W)>();
        var buffer = default(VBuffer<float>);
        uint y = 0;
        float w = 0;
        while (cursor.MoveNext())
        {
            features(ref buffer);
            label(ref y);
            weight(ref w);
            rows.Add((buffer.DenseValues().ToArray(), y, w));
        }

        Assert.Equal(2, rows.Count);
        Assert.Equal([1.5f, -2f], rows[0].X);
        Assert.True(float.IsNaN(rows[1].X[1]));
        Assert.Equal([1u, 3u], rows.Select(r => r.Y));
        Assert.Equal([1f, 0.5f], rows.Select(r => r.W));
        Assert.Equal(3UL, ((KeyDataViewType)view.Schema[MlNetColumns.Label].Type).Count);
    }
}
