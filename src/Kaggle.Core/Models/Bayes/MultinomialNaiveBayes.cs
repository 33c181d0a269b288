using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// Multinomial naive Bayes (https://en.wikipedia.org/wiki/Naive_Bayes_classifier#Multinomial_naive_Bayes), scikit-learn's
/// <c>MultinomialNB</c>: per class, log P(feature) = log((count + α) / Σ(count + α)) over the weighted feature sums of
/// its rows, plus the log class prior; for counts or TF-IDF (non-negative features). Dense and CSR input fit the same model.
/// </summary>
public sealed record MultinomialNaiveBayes : ILearner<MultinomialNaiveBayesModel>, ISparseLearner<MultinomialNaiveBayesModel>
{
    /// <summary>Additive (Laplace / Lidstone) smoothing α (default 1), positive.</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>Learn class priors from the training rows (default true); otherwise they are uniform.</summary>
    public bool FitPrior { get; init; } = true;

    public MultinomialNaiveBayesModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classCount = Check(y);
        var (featureCounts, classCounts) = MultinomialCounts.Of(x, y, sampleWeight, classCount, nameof(MultinomialNaiveBayes));
        return Build(featureCounts, classCounts, x.ColumnCount);
    }

    public MultinomialNaiveBayesModel Fit(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        SparseGuard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classCount = Check(y);
        var (featureCounts, classCounts) = MultinomialCounts.Of(x, y, sampleWeight, classCount, nameof(MultinomialNaiveBayes));
        return Build(featureCounts, classCounts, x.ColumnCount);
    }

    private int Check(ReadOnlySpan<double> y)
    {
        if (!(Alpha > 0) || !double.IsFinite(Alpha))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "MultinomialNaiveBayes.Alpha must be positive and finite.");
        return Guard.ClassLabels(y);
    }

    private MultinomialNaiveBayesModel Build(double[] featureCounts, double[] classCounts, int features)
    {
        var classCount = classCounts.Length;
        var logProbabilities = new double[featureCounts.Length];
        for (var c = 0; c < classCount; c++)
        {
            var row = featureCounts.AsSpan(c * features, features);
            var total = 0.0;
            foreach (var count in row) total += count + Alpha;
            var logTotal = Math.Log(total);
            for (var j = 0; j < features; j++) logProbabilities[(c * features) + j] = Math.Log(row[j] + Alpha) - logTotal;
        }
        var priors = new double[classCount];
        var rows = classCounts.Sum();
        for (var c = 0; c < classCount; c++)
            priors[c] = FitPrior ? Math.Log(classCounts[c]) - Math.Log(rows) : -Math.Log(classCount);
        return new MultinomialNaiveBayesModel(classCount, features, logProbabilities, priors);
    }
}
