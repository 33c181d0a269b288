using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Core.Features;

/// <summary>
/// A fitted feature step that gathers numeric columns into a matrix, applies a fitted <see cref="ITransformer"/>
/// (PCA components, distances to k-means centroids) and appends its outputs as columns <c>Prefix0</c>,
/// <c>Prefix1</c>, …, dropping the input columns unless they are kept. Immutable.
/// </summary>
public sealed class MatrixTransformStepModel : IFittedFeatureStep
{
    private readonly string[] _inputs;

    internal MatrixTransformStepModel(string step, string[] inputs, ITransformer transformer, string prefix, bool keepInputs)
    {
        Step = step;
        _inputs = inputs;
        Transformer = transformer;
        Prefix = prefix;
        KeepInputs = keepInputs;
    }

    /// <summary>The name of the step that was fitted, for messages.</summary>
    public string Step { get; }

    /// <summary>The numeric columns the transformer reads, in order.</summary>
    public IReadOnlyList<string> InputColumns => _inputs;

    /// <summary>The fitted transformer (e.g. a <c>PcaModel</c> or <c>KMeansModel</c>).</summary>
    public ITransformer Transformer { get; }

    /// <summary>The output columns' name prefix.</summary>
    public string Prefix { get; }

    /// <summary>Whether the input columns stay in the frame.</summary>
    public bool KeepInputs { get; }

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var output = Transformer.Transform(Gather(frame, _inputs, Step));
        var columns = new Column[output.ColumnCount];
        for (var c = 0; c < columns.Length; c++)
            columns[c] = new NumericColumn($"{Prefix}{c}", output.Column(c));
        return (KeepInputs ? frame : frame.Without(_inputs)).With(columns);
    }

    /// <summary>The named numeric columns as a rows × columns matrix; a missing value is an error naming its cell.</summary>
    internal static Matrix Gather(Frame frame, string[] names, string step)
    {
        var x = new Matrix(frame.RowCount, names.Length);
        for (var j = 0; j < names.Length; j++)
        {
            var values = ((NumericColumn)FeatureColumns.Require(frame, names[j], step, ColumnKind.Numeric)).Values;
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i]))
                    throw new ArgumentException($"{step}: column '{names[j]}' row {i} is {values[i]} (NaN means missing); impute missing values before this step.");
                x[i, j] = values[i];
            }
        }
        return x;
    }
}
