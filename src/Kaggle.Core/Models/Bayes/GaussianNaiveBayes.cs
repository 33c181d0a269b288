using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// Gaussian naive Bayes (https://en.wikipedia.org/wiki/Naive_Bayes_classifier#Gaussian_naive_Bayes), as
/// scikit-learn's <c>GaussianNB</c>: per class, each feature is normal with the class's weighted mean and variance
/// (ddof 0), plus <see cref="VarSmoothing"/> × the largest feature variance of the whole training set so no variance
/// is 0; the class priors are the classes' weight shares. A class label that no training row carries gets
/// probability 0. When every feature is constant the smoothing is <see cref="VarSmoothing"/> itself.
/// </summary>
public sealed record GaussianNaiveBayes : ILearner<GaussianNaiveBayesModel>
{
    /// <summary>The share of the largest feature variance added to every variance (default 1e-9, as scikit-learn).</summary>
    public double VarSmoothing { get; init; } = 1e-9;

    public GaussianNaiveBayesModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        var (classCount, classWeights) = NaiveBayes.Classes(x, y, sampleWeight);
        if (!(VarSmoothing >= 0) || !double.IsFinite(VarSmoothing))
            throw new ArgumentOutOfRangeException(nameof(VarSmoothing), VarSmoothing, "VarSmoothing must be finite and non-negative.");
        var d = x.ColumnCount;
        var epsilon = 0.0;
        for (var j = 0; j < d; j++)
        {
            var column = x.Column(j);
            var mean = column.Average();
            epsilon = Math.Max(epsilon, column.Average(v => (v - mean) * (v - mean)));
        }
        epsilon = epsilon > 0 ? VarSmoothing * epsilon : VarSmoothing;

        var means = new Matrix(classCount, d);
        var variances = new Matrix(classCount, d);
        for (var i = 0; i < x.RowCount; i++)
        {
            var c = (int)y[i];
            var w = sampleWeight.IsEmpty ? 1 : sampleWeight[i];
            var row = x.Row(i);
            var mean = means.Row(c);
            for (var j = 0; j < d; j++) mean[j] += w * row[j] / classWeights[c];
        }
        for (var i = 0; i < x.RowCount; i++)
        {
            var c = (int)y[i];
            var w = sampleWeight.IsEmpty ? 1 : sampleWeight[i];
            var row = x.Row(i);
            var mean = means.Row(c);
            var variance = variances.Row(c);
            for (var j = 0; j < d; j++) variance[j] += w * (row[j] - mean[j]) * (row[j] - mean[j]) / classWeights[c];
        }
        for (var k = 0; k < variances.Values.Length; k++) variances.Values[k] += epsilon;
        return new GaussianNaiveBayesModel(means, variances, NaiveBayes.LogPriors(classWeights));
    }
}
