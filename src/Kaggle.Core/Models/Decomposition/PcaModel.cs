using System.Numerics.Tensors;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Decomposition;

/// <summary>
/// A fitted <see cref="Pca"/>: the column means, the components (unit rows, largest variance first) and their
/// variances. <see cref="Transform"/> maps rows × features to rows × components. Immutable and thread-safe.
/// </summary>
public sealed class PcaModel : ITransformer, IPersistable<PcaModel>
{
    private const string Tag = "PcaModel";
    private const int Version = 1;
    private const int Block = 256;

    private readonly double[] _means;
    private readonly Matrix _components;
    private readonly double[] _variances;
    private readonly double[] _singularValues;

    internal PcaModel(double[] means, Matrix components, double[] variances, double[] singularValues, double totalVariance, bool whiten)
    {
        _means = means;
        _components = components;
        _variances = variances;
        _singularValues = singularValues;
        TotalVariance = totalVariance;
        Whiten = whiten;
    }

    public int FeatureCount => _means.Length;

    /// <summary>The number of components kept.</summary>
    public int ComponentCount => _components.RowCount;

    /// <summary>The column means subtracted before projecting.</summary>
    public ReadOnlySpan<double> Means => _means;

    /// <summary>The components, one unit-length row each (components × features); the sign of each is arbitrary.</summary>
    public Matrix Components => _components.Clone();

    /// <summary>The variance (ddof 1) of the data along each component, descending.</summary>
    public ReadOnlySpan<double> ExplainedVariance => _variances;

    /// <summary>Each component's share of the total variance of the training data.</summary>
    public double[] ExplainedVarianceRatio => [.. _variances.Select(v => TotalVariance > 0 ? v / TotalVariance : 0)];

    /// <summary>The singular values of the centred training data, descending.</summary>
    public ReadOnlySpan<double> SingularValues => _singularValues;

    /// <summary>The sum of the training columns' variances (ddof 1).</summary>
    public double TotalVariance { get; }

    /// <summary>Whether projections are scaled to unit variance.</summary>
    public bool Whiten { get; }

    /// <summary>
    /// Projects each row: (x − mean)·componentᵀ, divided by √variance when whitening (a zero-variance component
    /// stays 0 instead of dividing by zero). Computed as x·componentᵀ − mean·componentᵀ so zero entries of x are
    /// skipped; rows in blocks on every core (each row on its own, so the result does not depend on the cores).
    /// </summary>
    public Matrix Transform(Matrix x)
    {
        Guard.PredictionSet(x, FeatureCount);
        var (k, d) = (ComponentCount, FeatureCount);
        var transposed = new double[d * k];
        var shift = new double[k];
        for (var c = 0; c < k; c++)
        {
            var component = _components.Row(c);
            for (var j = 0; j < d; j++) transposed[(j * k) + c] = component[j];
            shift[c] = TensorPrimitives.Dot(_means, component);
        }
        var result = new Matrix(x.RowCount, k);
        TreeParallel.For((x.RowCount + Block - 1) / Block, TreeFitting.ResolveThreads(0), b =>
        {
            for (var i = b * Block; i < Math.Min((b + 1) * Block, x.RowCount); i++)
            {
                var row = x.Row(i);
                var output = result.Row(i);
                for (var j = 0; j < d; j++)
                    if (row[j] != 0) TensorPrimitives.MultiplyAdd(transposed.AsSpan(j * k, k), row[j], output, output);
                TensorPrimitives.Subtract(output, shift, output);
                if (!Whiten) continue;
                for (var c = 0; c < k; c++) if (_variances[c] > 0) output[c] /= Math.Sqrt(_variances[c]);
            }
        });
        return result;
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ComponentCount);
        writer.WriteArray(_means);
        writer.WriteArray(_components.Values);
        writer.WriteArray(_variances);
        writer.WriteArray(_singularValues);
        writer.Write(TotalVariance);
        writer.Write(Whiten);
    }

    public static PcaModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var k = reader.ReadInt32();
            var means = reader.ReadDoubleArray();
            var components = new Matrix(k, means.Length, reader.ReadDoubleArray());
            var variances = reader.ReadDoubleArray();
            var singular = reader.ReadDoubleArray();
            if (variances.Length != k || singular.Length != k)
                throw new InvalidDataException($"{Tag}: {k} components but {variances.Length} variances and {singular.Length} singular values.");
            return new PcaModel(means, components, variances, singular, reader.ReadDouble(), reader.ReadBoolean());
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
