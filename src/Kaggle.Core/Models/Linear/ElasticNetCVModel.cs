using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// The result of <see cref="ElasticNetCV"/>: the model refitted on all rows at the chosen α, with the grid and its
/// mean cross-validated MSE for inspection. Predicts as <see cref="Model"/>.
/// </summary>
public sealed class ElasticNetCVModel : IRegressionModel, IPersistable<ElasticNetCVModel>
{
    private const string Tag = "ElasticNetCVModel";
    private const int Version = 1;

    private readonly double[] _alphas;
    private readonly double[] _meanSquaredErrors;

    public ElasticNetCVModel(LinearModel model, double alpha, ReadOnlySpan<double> alphas, ReadOnlySpan<double> meanSquaredErrors)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (alphas.Length != meanSquaredErrors.Length)
            throw new ArgumentException($"{alphas.Length} alphas but {meanSquaredErrors.Length} errors were given.", nameof(meanSquaredErrors));
        Model = model;
        Alpha = alpha;
        _alphas = alphas.ToArray();
        _meanSquaredErrors = meanSquaredErrors.ToArray();
    }

    /// <summary>The elastic net refitted on every row at <see cref="Alpha"/>.</summary>
    public LinearModel Model { get; }

    /// <summary>The chosen α.</summary>
    public double Alpha { get; }

    /// <summary>The candidate α values, in the order they were given (or generated, largest first).</summary>
    public ReadOnlySpan<double> Alphas => _alphas;

    /// <summary>Validation MSE per candidate α, averaged over folds.</summary>
    public ReadOnlySpan<double> MeanSquaredErrors => _meanSquaredErrors;

    public int FeatureCount => Model.FeatureCount;

    public void Predict(Matrix x, Span<double> destination) => Model.Predict(x, destination);

    public void Save(Stream stream)
    {
        using (var writer = ModelFormat.Writer(stream, Tag, Version))
        {
            writer.Write(Alpha);
            writer.WriteArray(_alphas);
            writer.WriteArray(_meanSquaredErrors);
        }
        Model.Save(stream);
    }

    public static ElasticNetCVModel Load(Stream stream)
    {
        double alpha;
        double[] alphas, errors;
        using (var reader = ModelFormat.Reader(stream, Tag, Version, out _))
        {
            try
            {
                alpha = reader.ReadDouble();
                alphas = reader.ReadDoubleArray();
                errors = reader.ReadDoubleArray();
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException($"The {Tag} stream is truncated.", e);
            }
        }
        try
        {
            return new ElasticNetCVModel(LinearModel.Load(stream), alpha, alphas, errors);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The {Tag} stream is inconsistent: {e.Message}", e);
        }
    }
}
