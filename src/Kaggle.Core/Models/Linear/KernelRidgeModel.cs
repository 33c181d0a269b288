using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// A fitted RBF kernel ridge: f(x) = b + Σᵢ cᵢ·exp(−γ‖x − xᵢ‖²) over the training rows xᵢ it keeps.
/// Immutable; prediction is thread-safe and costs O(training rows × features) per row.
/// </summary>
public sealed class KernelRidgeModel : IRegressionModel, IPersistable<KernelRidgeModel>
{
    private const string Tag = "KernelRidgeModel";
    private const int Version = 1;

    private readonly Matrix _support;
    private readonly double[] _dual;

    internal KernelRidgeModel(Matrix support, double[] dual, double gamma, double intercept)
    {
        _support = support;
        _dual = dual;
        Gamma = gamma;
        Intercept = intercept;
    }

    public int FeatureCount => _support.ColumnCount;

    /// <summary>The RBF width γ used.</summary>
    public double Gamma { get; }

    /// <summary>The weighted mean of y when the intercept was fitted, else 0.</summary>
    public double Intercept { get; }

    /// <summary>One dual coefficient cᵢ per training row.</summary>
    public ReadOnlySpan<double> DualCoefficients => _dual;

    public void Predict(Matrix x, Span<double> destination)
    {
        Guard.PredictionSet(x, FeatureCount);
        Guard.Destination(destination.Length, x.RowCount);
        for (var r = 0; r < x.RowCount; r++)
        {
            var row = x.Row(r);
            var sum = Intercept;
            for (var i = 0; i < _dual.Length; i++)
                sum += _dual[i] * KernelRidge.Rbf(row, _support.Row(i), Gamma);
            destination[r] = sum;
        }
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(_support.RowCount);
        writer.Write(_support.ColumnCount);
        writer.WriteArray(_support.Values);
        writer.WriteArray(_dual);
        writer.Write(Gamma);
        writer.Write(Intercept);
    }

    public static KernelRidgeModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var rows = reader.ReadInt32();
            var columns = reader.ReadInt32();
            var support = new Matrix(rows, columns, reader.ReadDoubleArray());
            var dual = reader.ReadDoubleArray();
            if (dual.Length != rows)
                throw new InvalidDataException($"{Tag}: {rows} training rows but {dual.Length} dual coefficients.");
            return new KernelRidgeModel(support, dual, reader.ReadDouble(), reader.ReadDouble());
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
