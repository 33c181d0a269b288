using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// Bernoulli naive Bayes (https://en.wikipedia.org/wiki/Naive_Bayes_classifier#Bernoulli_naive_Bayes), as
/// scikit-learn's <c>BernoulliNB</c>: features are made binary (x &gt; <see cref="Binarize"/>), and per class each is
/// on with probability (weighted count + α) / (class weight + 2α). An absent feature counts as evidence too, unlike
/// multinomial naive Bayes. Priors are the classes' weight shares, or uniform when <see cref="FitPrior"/> is off.
/// </summary>
public sealed record BernoulliNaiveBayes : ILearner<BernoulliNaiveBayesModel>
{
    /// <summary>The additive (Laplace/Lidstone) smoothing α ≥ 0 (default 1); below 1e-10 it is raised to 1e-10, as scikit-learn.</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>The threshold above which a feature is on (default 0); null means the features are already 0/1.</summary>
    public double? Binarize { get; init; } = 0.0;

    /// <summary>Learn the class priors from the training set (default true); off, they are uniform.</summary>
    public bool FitPrior { get; init; } = true;

    public BernoulliNaiveBayesModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        var (classCount, classWeights) = NaiveBayes.Classes(x, y, sampleWeight);
        if (!(Alpha >= 0) || !double.IsFinite(Alpha))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be finite and non-negative.");
        if (Binarize is { } t && !double.IsFinite(t))
            throw new ArgumentOutOfRangeException(nameof(Binarize), t, "Binarize must be finite or null.");
        var alpha = Math.Max(Alpha, 1e-10);
        var d = x.ColumnCount;
        var counts = new Matrix(classCount, d);
        for (var i = 0; i < x.RowCount; i++)
        {
            var w = sampleWeight.IsEmpty ? 1 : sampleWeight[i];
            var row = x.Row(i);
            var count = counts.Row((int)y[i]);
            for (var j = 0; j < d; j++) count[j] += w * BernoulliNaiveBayesModel.Feature(row[j], Binarize);
        }
        var logOn = new Matrix(classCount, d);
        for (var c = 0; c < classCount; c++)
            for (var j = 0; j < d; j++)
                logOn[c, j] = Math.Log(counts[c, j] + alpha) - Math.Log(classWeights[c] + (2 * alpha));
        var logPriors = FitPrior ? NaiveBayes.LogPriors(classWeights) : [.. Enumerable.Repeat(-Math.Log(classCount), classCount)];
        return new BernoulliNaiveBayesModel(logOn, logPriors, Binarize);
    }
}
