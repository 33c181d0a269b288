using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.MlNet.Data;
using Microsoft.ML.Data;

namespace Kaggle.MlNet.Features;

/// <summary>A fitted <see cref="MlNetFeatureStep"/>: runs the fitted ML.NET transformer over any frame with the training columns.</summary>
public sealed class MlNetFittedFeatureStep : IFittedFeatureStep
{
    private readonly MlNetFeatureStep _step;
    private readonly Microsoft.ML.ITransformer _transformer;

    internal MlNetFittedFeatureStep(MlNetFeatureStep step, Microsoft.ML.ITransformer transformer)
    {
        _step = step;
        _transformer = transformer;
    }

    /// <summary>The frame with the transform's output as numeric columns (NaN for ML.NET's missing float values).</summary>
    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var output = _transformer.Transform(new FrameDataView(frame, _step.NumericColumns, _step.TextColumns));
        var column = output.Schema.GetColumnOrNull(_step.OutputColumn)
            ?? throw new InvalidOperationException($"The ML.NET transform wrote no column '{_step.OutputColumn}'; its columns are {string.Join(", ", output.Schema.Select(c => c.Name))}.");
        var width = column.Type switch
        {
            VectorDataViewType { ItemType: NumberDataViewType, IsKnownSize: true } v when v.ItemType.RawType == typeof(float) => v.Size,
            NumberDataViewType n when n.RawType == typeof(float) => 0,
            _ => throw new InvalidOperationException($"Column '{_step.OutputColumn}' is {column.Type}; the step reads a float32 scalar or a fixed-size float32 vector."),
        };
        var values = new double[Math.Max(width, 1)][];
        for (var k = 0; k < values.Length; k++) values[k] = new double[frame.RowCount];
        using var cursor = output.GetRowCursor([column]);
        var row = 0;
        if (width == 0)
        {
            var getter = cursor.GetGetter<float>(column);
            float value = 0;
            while (cursor.MoveNext())
            {
                getter(ref value);
                values[0][row++] = value;
            }
        }
        else
        {
            var getter = cursor.GetGetter<VBuffer<float>>(column);
            var vector = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                getter(ref vector);
                var k = 0;
                foreach (var v in vector.DenseValues()) values[k++][row] = v;
                row++;
            }
        }
        var prefix = _step.Prefix ?? _step.OutputColumn + "_";
        var result = _step.KeepInputs ? frame : frame.Without([.. _step.NumericColumns, .. _step.TextColumns]);
        return result.With(values.Select((v, k) => (Column)new NumericColumn(prefix + k, v)).ToArray());
    }
}
