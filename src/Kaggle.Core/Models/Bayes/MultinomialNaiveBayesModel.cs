using Kaggle.Core.Data;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// A fitted <see cref="MultinomialNaiveBayes"/> or <see cref="ComplementNaiveBayes"/>: a joint log-likelihood that is
/// linear in the features, <c>log P(c) + x · W_c</c>, turned into probabilities by a softmax over classes (for two
/// classes, σ of the difference). Immutable; prediction is thread-safe.
/// </summary>
public sealed class MultinomialNaiveBayesModel : ISparseClassificationModel, IPersistable<MultinomialNaiveBayesModel>
{
    private const string Tag = "MultinomialNaiveBayesModel";
    private const int Version = 1;

    private readonly double[] _weights;
    private readonly double[] _priors;
    private readonly LogisticRegressionModel _link;

    /// <summary>Builds the model from per-class feature weights (row-major, classes × features) and log priors.</summary>
    public MultinomialNaiveBayesModel(int classCount, int featureCount, double[] weights, double[] logPriors)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(logPriors);
        if (weights.Length != classCount * featureCount || logPriors.Length != classCount)
            throw new ArgumentException($"{classCount} classes × {featureCount} features need {classCount * featureCount} weights and {classCount} priors; got {weights.Length} and {logPriors.Length}.", nameof(weights));
        ClassCount = classCount;
        FeatureCount = featureCount;
        _weights = (double[])weights.Clone();
        _priors = (double[])logPriors.Clone();
        // Softmax over K linear scores; for two classes the same probabilities as σ of the score difference.
        if (classCount == 2)
        {
            var difference = new double[featureCount];
            for (var j = 0; j < featureCount; j++) difference[j] = weights[featureCount + j] - weights[j];
            _link = new LogisticRegressionModel(2, featureCount, difference, [logPriors[1] - logPriors[0]]);
        }
        else
        {
            _link = new LogisticRegressionModel(classCount, featureCount, weights, logPriors);
        }
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Per-class feature weights W (classes × features): scikit-learn's <c>feature_log_prob_</c>.</summary>
    public ReadOnlySpan<double> FeatureWeights => _weights;

    /// <summary>Per-class log priors added to the score (zeros for complement naive Bayes): <c>class_log_prior_</c> for MultinomialNB.</summary>
    public ReadOnlySpan<double> LogPriors => _priors;

    public void PredictProbabilities(Matrix x, Matrix destination) => _link.PredictProbabilities(x, destination);

    public void PredictProbabilities(CsrMatrix x, Matrix destination) => _link.PredictProbabilities(x, destination);

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.WriteArray(_weights);
        writer.WriteArray(_priors);
    }

    public static MultinomialNaiveBayesModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var classCount = reader.ReadInt32();
            var featureCount = reader.ReadInt32();
            return new MultinomialNaiveBayesModel(classCount, featureCount, reader.ReadDoubleArray(), reader.ReadDoubleArray());
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
