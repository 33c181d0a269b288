using System.Numerics.Tensors;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// What every naive Bayes model shares: the per-class weight totals of a training set and the turn of a row's
/// joint log-likelihoods log P(c) + log P(x | c) into posterior probabilities.
/// </summary>
internal static class NaiveBayes
{
    /// <summary>Validates a training set (finite features) and returns its class count and per-class weight totals.</summary>
    public static (int ClassCount, double[] ClassWeights) Classes(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classCount = Guard.ClassLabels(y);
        var weights = new double[classCount];
        for (var i = 0; i < y.Length; i++) weights[(int)y[i]] += sampleWeight.IsEmpty ? 1 : sampleWeight[i];
        return (classCount, weights);
    }

    /// <summary>log(weight / total) per class: −∞ for a class with no training weight, which then gets probability 0.</summary>
    public static double[] LogPriors(double[] classWeights)
    {
        var total = classWeights.Sum();
        return [.. classWeights.Select(w => Math.Log(w) - Math.Log(total))];
    }

    /// <summary>Replaces joint log-likelihoods by posteriors, exp(jll − logsumexp(jll)), in place.</summary>
    public static void ToProbabilities(Span<double> jointLogLikelihood)
    {
        var max = TensorPrimitives.Max(jointLogLikelihood);
        var sum = 0.0;
        for (var c = 0; c < jointLogLikelihood.Length; c++) sum += Math.Exp(jointLogLikelihood[c] - max);
        var logSum = max + Math.Log(sum);
        for (var c = 0; c < jointLogLikelihood.Length; c++) jointLogLikelihood[c] = Math.Exp(jointLogLikelihood[c] - logSum);
    }

    /// <summary>Checks a prediction destination's shape for a classifier.</summary>
    public static void CheckDestination(Matrix x, Matrix destination, int classCount, int featureCount)
    {
        Guard.PredictionSet(x, featureCount);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != classCount)
            throw new ArgumentException($"destination is {destination.RowCount}x{destination.ColumnCount} but {x.RowCount}x{classCount} is needed.", nameof(destination));
    }
}
