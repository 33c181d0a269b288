using System.Numerics.Tensors;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// A fitted linear regression ŷ = b + w·x, the model of every linear regressor here (ordinary least squares, ridge,
/// lasso, elastic net, Huber). Coefficients are on the scale of the features given to Fit, whatever scaling the
/// learner used inside. Immutable; prediction is thread-safe.
/// </summary>
public sealed class LinearModel : IRegressionModel, IPersistable<LinearModel>
{
    private const string Tag = "LinearModel";
    private const int Version = 1;

    private readonly double[] _coefficients;

    /// <summary>Builds a model from one coefficient per feature (copied) and an intercept.</summary>
    public LinearModel(ReadOnlySpan<double> coefficients, double intercept)
    {
        for (var j = 0; j < coefficients.Length; j++)
            if (!double.IsFinite(coefficients[j]))
                throw new ArgumentException($"coefficients[{j}] is {coefficients[j]}; a linear model needs finite coefficients.", nameof(coefficients));
        if (!double.IsFinite(intercept))
            throw new ArgumentException($"The intercept is {intercept}; it must be finite.", nameof(intercept));
        _coefficients = coefficients.ToArray();
        Intercept = intercept;
    }

    public int FeatureCount => _coefficients.Length;

    /// <summary>One coefficient per feature (w).</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>The intercept (b).</summary>
    public double Intercept { get; }

    public void Predict(Matrix x, Span<double> destination)
    {
        Guard.PredictionSet(x, FeatureCount);
        Guard.Destination(destination.Length, x.RowCount);
        for (var i = 0; i < x.RowCount; i++)
            destination[i] = Intercept + TensorPrimitives.Dot(x.Row(i), _coefficients);
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.WriteArray(_coefficients);
        writer.Write(Intercept);
    }

    public static LinearModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var coefficients = reader.ReadDoubleArray();
            return new LinearModel(coefficients, reader.ReadDouble());
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }

    public override string ToString() => $"LinearModel({FeatureCount} features, intercept {Intercept:G6})";
}
