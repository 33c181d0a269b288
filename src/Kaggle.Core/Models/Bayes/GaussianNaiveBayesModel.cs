using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Bayes;

/// <summary>A fitted <see cref="GaussianNaiveBayes"/>: per class, feature means and variances, and the log prior. Immutable and thread-safe.</summary>
public sealed class GaussianNaiveBayesModel : IClassificationModel, IPersistable<GaussianNaiveBayesModel>
{
    private const string Tag = "GaussianNaiveBayesModel";
    private const int Version = 1;

    private readonly Matrix _means;
    private readonly Matrix _variances;
    private readonly double[] _logPriors;

    internal GaussianNaiveBayesModel(Matrix means, Matrix variances, double[] logPriors)
    {
        _means = means;
        _variances = variances;
        _logPriors = logPriors;
    }

    public int ClassCount => _logPriors.Length;

    public int FeatureCount => _means.ColumnCount;

    /// <summary>Per-class feature means (classes × features).</summary>
    public Matrix Means => _means.Clone();

    /// <summary>Per-class feature variances including the smoothing (classes × features).</summary>
    public Matrix Variances => _variances.Clone();

    /// <summary>log P(class), −∞ for a class absent from the training set.</summary>
    public ReadOnlySpan<double> LogPriors => _logPriors;

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        NaiveBayes.CheckDestination(x, destination, ClassCount, FeatureCount);
        for (var i = 0; i < x.RowCount; i++)
        {
            var row = x.Row(i);
            var output = destination.Row(i);
            for (var c = 0; c < ClassCount; c++)
            {
                var mean = _means.Row(c);
                var variance = _variances.Row(c);
                double logDet = 0, distance = 0;
                for (var j = 0; j < row.Length; j++)
                {
                    logDet += Math.Log(2 * Math.PI * variance[j]);
                    distance += (row[j] - mean[j]) * (row[j] - mean[j]) / variance[j];
                }
                output[c] = _logPriors[c] - (0.5 * logDet) - (0.5 * distance);
            }
            NaiveBayes.ToProbabilities(output);
        }
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(FeatureCount);
        writer.WriteArray(_means.Values);
        writer.WriteArray(_variances.Values);
        writer.WriteArray(_logPriors);
    }

    public static GaussianNaiveBayesModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var d = reader.ReadInt32();
            var means = reader.ReadDoubleArray();
            var variances = reader.ReadDoubleArray();
            var priors = reader.ReadDoubleArray();
            return new GaussianNaiveBayesModel(new Matrix(priors.Length, d, means), new Matrix(priors.Length, d, variances), priors);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
