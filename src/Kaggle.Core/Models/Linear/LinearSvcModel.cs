using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// A fitted <see cref="LinearSvc"/>: decision values w·x + b per coefficient row (one for two classes, K one-vs-rest
/// rows otherwise), reported as σ(decision) or a softmax over the K decisions. Immutable; prediction is thread-safe.
/// </summary>
public sealed class LinearSvcModel : ISparseClassificationModel, IPersistable<LinearSvcModel>
{
    private const string Tag = "LinearSvcModel";
    private const int Version = 1;

    // The same linear scores and link as a logistic model; only the fit that found the coefficients differs.
    private readonly LogisticRegressionModel _scores;

    internal LinearSvcModel(LogisticRegressionModel scores) => _scores = scores;

    public int ClassCount => _scores.ClassCount;

    public int FeatureCount => _scores.FeatureCount;

    /// <summary>All coefficients, row-major (1 row for two classes, K otherwise), as scikit-learn's <c>coef_</c>.</summary>
    public ReadOnlySpan<double> Coefficients => _scores.Coefficients;

    /// <summary>One intercept per coefficient row (<c>intercept_</c>).</summary>
    public ReadOnlySpan<double> Intercepts => _scores.Intercepts;

    /// <summary>The largest number of passes a binary problem took.</summary>
    public int Iterations => _scores.Iterations;

    /// <summary>False when some binary problem stopped at the pass limit before meeting the tolerance.</summary>
    public bool Converged => _scores.Converged;

    public void PredictProbabilities(Matrix x, Matrix destination) => _scores.PredictProbabilities(x, destination);

    public void PredictProbabilities(CsrMatrix x, Matrix destination) => _scores.PredictProbabilities(x, destination);

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        using var inner = new MemoryStream();
        _scores.Save(inner);
        writer.Write((int)inner.Length);
        writer.Write(inner.GetBuffer(), 0, (int)inner.Length);
    }

    public static LinearSvcModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var bytes = reader.ReadBytes(reader.ReadInt32());
            using var inner = new MemoryStream(bytes);
            return new LinearSvcModel(LogisticRegressionModel.Load(inner));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated: {e.Message}", e);
        }
    }
}
