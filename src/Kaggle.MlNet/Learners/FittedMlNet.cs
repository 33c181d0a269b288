using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.MlNet.Data;
using Microsoft.ML;
using Microsoft.ML.Data;
using ITransformer = Microsoft.ML.ITransformer;

namespace Kaggle.MlNet.Learners;

/// <summary>
/// A fitted ML.NET pipeline and the facts our models need about it; shared by <see cref="MlNetClassificationModel"/>
/// and <see cref="MlNetRegressionModel"/>. Predictions run our rows through <c>ITransformer.Transform</c> over a
/// <see cref="MatrixDataView"/> and read the output column with one reused getter.
/// </summary>
internal sealed class FittedMlNet
{
    private const int FormatVersion = 1;

    private readonly ITransformer _transformer;

    public FittedMlNet(ITransformer transformer, int featureCount, int classCount, bool allowMissing)
    {
        _transformer = transformer;
        FeatureCount = featureCount;
        ClassCount = classCount;
        AllowMissing = allowMissing;
    }

    public int FeatureCount { get; }

    /// <summary>
    /// Fits <paramref name="estimator"/> on <paramref name="view"/> of <paramref name="x"/>. ML.NET reports a trainer
    /// that diverged or met data it cannot use with an <see cref="ArgumentException"/> naming only its own internals
    /// ("non-finite weights"); the rethrown one names the learner and the data it was given.
    /// </summary>
    public static ITransformer Fit(string name, IEstimator<ITransformer> estimator, IDataView view, Matrix x)
    {
        try
        {
            return estimator.Fit(view);
        }
        catch (ArgumentException e)
        {
            var rows = x.RowCount == 1 ? "row" : "rows";
            var columns = x.ColumnCount == 1 ? "column" : "columns";
            throw new ArgumentException(
                $"{name} (ML.NET) could not fit {x.RowCount} {rows} × {x.ColumnCount} {columns}: {e.Message} It needs finite, " +
                "reasonably scaled features (standardise them for linear trainers) and enough rows per class.", nameof(x), e);
        }
    }

    /// <summary>Classes (1 for regression).</summary>
    public int ClassCount { get; }

    public bool AllowMissing { get; }

    /// <summary>The output column <paramref name="name"/> for every row of <paramref name="x"/>, <paramref name="width"/> values per row, or null when the pipeline has no such column.</summary>
    public double[]? Predict(Matrix x, string name, int width)
    {
        Guard.PredictionSet(x, FeatureCount);
        if (!AllowMissing) Guard.NoMissing(x);
        var output = _transformer.Transform(new MatrixDataView(x));
        if (output.Schema.GetColumnOrNull(name) is not { } column)
            return null;
        var values = new double[x.RowCount * width];
        using var cursor = output.GetRowCursor([column]);
        var row = 0;
        if (width == 1)
        {
            var getter = cursor.GetGetter<float>(column);
            float value = 0;
            while (cursor.MoveNext())
            {
                getter(ref value);
                values[row++] = value;
            }
        }
        else
        {
            var getter = cursor.GetGetter<VBuffer<float>>(column);
            var vector = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                getter(ref vector);
                if (vector.Length != width)
                    throw new InvalidOperationException($"The ML.NET pipeline's {name} column has {vector.Length} values per row, not {width}.");
                // Dense copy: a sparse score vector (rare) leaves its implicit zeros as zeros.
                var slots = vector.DenseValues();
                var k = 0;
                foreach (var v in slots) values[(row * width) + k++] = v;
                row++;
            }
        }
        return values;
    }

    /// <summary>Writes the <see cref="ModelFormat"/> header, our facts, then ML.NET's own model archive.</summary>
    public void Save(Stream stream, string tag)
    {
        using var archive = new MemoryStream();
        new MLContext().Model.Save(_transformer, MatrixDataView.BuildSchema(FeatureCount, LabelKind.None, 0, false), archive);
        using var writer = ModelFormat.Writer(stream, tag, FormatVersion);
        writer.Write(FeatureCount);
        writer.Write(ClassCount);
        writer.Write(AllowMissing);
        writer.Write((int)archive.Length);
        writer.Write(archive.GetBuffer(), 0, (int)archive.Length);
    }

    public static FittedMlNet Load(Stream stream, string tag)
    {
        using var reader = ModelFormat.Reader(stream, tag, FormatVersion, out _);
        try
        {
            var featureCount = reader.ReadInt32();
            var classCount = reader.ReadInt32();
            var allowMissing = reader.ReadBoolean();
            var length = reader.ReadInt32();
            if (featureCount < 1 || classCount < 1 || length < 0)
                throw new InvalidDataException($"The {tag} header is corrupt ({featureCount} features, {classCount} classes, {length} bytes).");
            var archive = reader.ReadBytes(length);
            if (archive.Length != length)
                throw new InvalidDataException($"The stream ended inside the {tag}'s ML.NET model ({archive.Length} of {length} bytes).");
            var transformer = new MLContext().Model.Load(new MemoryStream(archive), out _);
            return new FittedMlNet(transformer, featureCount, classCount, allowMissing);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The stream ended inside the {tag}.", e);
        }
    }
}
