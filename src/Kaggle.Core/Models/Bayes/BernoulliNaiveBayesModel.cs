using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// A fitted <see cref="BernoulliNaiveBayes"/>: per class and feature, log P(feature on | class), and the log priors.
/// Immutable and thread-safe.
/// </summary>
public sealed class BernoulliNaiveBayesModel : IClassificationModel, IPersistable<BernoulliNaiveBayesModel>
{
    private const string Tag = "BernoulliNaiveBayesModel";
    private const int Version = 1;

    private readonly Matrix _logOn;
    private readonly Matrix _logOff;
    private readonly double[] _logPriors;

    internal BernoulliNaiveBayesModel(Matrix logOn, double[] logPriors, double? binarize)
    {
        _logOn = logOn;
        _logPriors = logPriors;
        Binarize = binarize;
        _logOff = new Matrix(logOn.RowCount, logOn.ColumnCount);
        for (var k = 0; k < _logOff.Values.Length; k++) _logOff.Values[k] = Math.Log(1 - Math.Exp(logOn.Values[k]));
    }

    public int ClassCount => _logPriors.Length;

    public int FeatureCount => _logOn.ColumnCount;

    /// <summary>The binarization threshold, null when features are taken as given.</summary>
    public double? Binarize { get; }

    /// <summary>log P(feature on | class), classes × features (scikit-learn's <c>feature_log_prob_</c>).</summary>
    public Matrix FeatureLogProbabilities => _logOn.Clone();

    /// <summary>log P(class).</summary>
    public ReadOnlySpan<double> LogPriors => _logPriors;

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        NaiveBayes.CheckDestination(x, destination, ClassCount, FeatureCount);
        Guard.NoMissing(x);
        for (var i = 0; i < x.RowCount; i++)
        {
            var row = x.Row(i);
            var output = destination.Row(i);
            for (var c = 0; c < ClassCount; c++)
            {
                var on = _logOn.Row(c);
                var off = _logOff.Row(c);
                var sum = _logPriors[c];
                for (var j = 0; j < row.Length; j++)
                {
                    var f = Feature(row[j], Binarize);
                    sum += (f * on[j]) + ((1 - f) * off[j]);
                }
                output[c] = sum;
            }
            NaiveBayes.ToProbabilities(output);
        }
    }

    /// <summary>The feature as the model sees it: 1 above the threshold, else 0; the raw value without a threshold.</summary>
    internal static double Feature(double value, double? binarize) => binarize is { } t ? (value > t ? 1 : 0) : value;

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(FeatureCount);
        writer.WriteArray(_logOn.Values);
        writer.WriteArray(_logPriors);
        writer.Write(Binarize.HasValue);
        writer.Write(Binarize ?? 0);
    }

    public static BernoulliNaiveBayesModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var d = reader.ReadInt32();
            var logOn = reader.ReadDoubleArray();
            var priors = reader.ReadDoubleArray();
            var hasThreshold = reader.ReadBoolean();
            var threshold = reader.ReadDouble();
            return new BernoulliNaiveBayesModel(new Matrix(priors.Length, d, logOn), priors, hasThreshold ? threshold : null);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
