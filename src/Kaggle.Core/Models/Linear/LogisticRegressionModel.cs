using System.Numerics.Tensors;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// A fitted logistic regression. For two classes it holds one coefficient row w and intercept b with
/// P(class 1 | x) = σ(b + w·x); for K ≥ 3 classes it holds K rows and P(k | x) = softmax(b + W·x)ₖ.
/// Immutable; prediction is thread-safe.
/// </summary>
public sealed class LogisticRegressionModel : ISparseClassificationModel, IPersistable<LogisticRegressionModel>
{
    private const string Tag = "LogisticRegressionModel";
    private const int Version = 1;

    private readonly double[] _coefficients;
    private readonly double[] _intercepts;

    /// <summary>
    /// Builds a model from <paramref name="coefficients"/> (row-major, rows × <paramref name="featureCount"/>,
    /// rows = 1 when <paramref name="classCount"/> is 2, else <paramref name="classCount"/>) and one intercept per row.
    /// </summary>
    public LogisticRegressionModel(int classCount, int featureCount, double[] coefficients, double[] intercepts, int iterations = 0, bool converged = true)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(intercepts);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(featureCount);
        var rows = classCount == 2 ? 1 : classCount;
        if (coefficients.Length != rows * featureCount)
            throw new ArgumentException($"{classCount} classes and {featureCount} features need {rows * featureCount} coefficients but {coefficients.Length} were given.", nameof(coefficients));
        if (intercepts.Length != rows)
            throw new ArgumentException($"{classCount} classes need {rows} intercepts but {intercepts.Length} were given.", nameof(intercepts));
        ClassCount = classCount;
        FeatureCount = featureCount;
        _coefficients = (double[])coefficients.Clone();
        _intercepts = (double[])intercepts.Clone();
        Iterations = iterations;
        Converged = converged;
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Coefficient rows: 1 for a binary model (the class-1 logit), K for a multinomial one.</summary>
    public int CoefficientRows => _intercepts.Length;

    /// <summary>All coefficients, row-major (<see cref="CoefficientRows"/> × <see cref="FeatureCount"/>).</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>One intercept per coefficient row.</summary>
    public ReadOnlySpan<double> Intercepts => _intercepts;

    /// <summary>The iterations the fit took (L-BFGS or Newton steps).</summary>
    public int Iterations { get; }

    /// <summary>False when the fit stopped at the iteration limit before meeting its tolerance.</summary>
    public bool Converged { get; }

    /// <summary>The coefficients of one row (the class-1 logit for a binary model, class <paramref name="row"/> otherwise).</summary>
    public ReadOnlySpan<double> CoefficientRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, CoefficientRows);
        return _coefficients.AsSpan(row * FeatureCount, FeatureCount);
    }

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        Guard.PredictionSet(x, FeatureCount);
        CheckDestination(x.RowCount, destination);
        Predict(new DenseRows(x), destination);
    }

    /// <summary>Class probabilities from CSR rows, each costing its stored entries.</summary>
    public void PredictProbabilities(CsrMatrix x, Matrix destination)
    {
        SparseGuard.PredictionSet(x, FeatureCount);
        CheckDestination(x.RowCount, destination);
        Predict(new SparseRows(x), destination);
    }

    private void CheckDestination(int rowCount, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.RowCount != rowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException($"destination is {destination.RowCount}x{destination.ColumnCount} but {rowCount}x{ClassCount} is needed.", nameof(destination));
    }

    private void Predict<TRows>(TRows x, Matrix destination) where TRows : struct, IRowDesign
    {
        for (var i = 0; i < x.RowCount; i++)
        {
            var output = destination.Row(i);
            if (ClassCount == 2)
            {
                var z = _intercepts[0] + x.Dot(i, _coefficients);
                var e = Math.Exp(-Math.Abs(z));
                var p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
                output[0] = 1 - p;
                output[1] = p;
                continue;
            }
            for (var k = 0; k < ClassCount; k++)
                output[k] = _intercepts[k] + x.Dot(i, CoefficientRow(k));
            // Shift by the max so large logits cannot overflow exp.
            var max = TensorPrimitives.Max(output);
            var sum = 0.0;
            for (var k = 0; k < ClassCount; k++) sum += output[k] = Math.Exp(output[k] - max);
            TensorPrimitives.Divide(output, sum, output);
        }
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.WriteArray(_coefficients);
        writer.WriteArray(_intercepts);
        writer.Write(Iterations);
        writer.Write(Converged);
    }

    public static LogisticRegressionModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var classCount = reader.ReadInt32();
            var featureCount = reader.ReadInt32();
            var coefficients = reader.ReadDoubleArray();
            var intercepts = reader.ReadDoubleArray();
            var iterations = reader.ReadInt32();
            var converged = reader.ReadBoolean();
            return new LogisticRegressionModel(classCount, featureCount, coefficients, intercepts, iterations, converged);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
