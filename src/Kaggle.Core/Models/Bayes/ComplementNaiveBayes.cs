using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// Complement naive Bayes (Rennie et al. 2003, "Tackling the poor assumptions of naive Bayes text classifiers"),
/// scikit-learn's <c>ComplementNB</c>: each class is scored by how unlike the <em>other</em> classes' feature sums a
/// row is, which copes better with unbalanced classes than <see cref="MultinomialNaiveBayes"/>. Weights are
/// −log((Σ_other count + α) / Σ(...)) per class, optionally divided by their sum (<see cref="Norm"/>); as in
/// scikit-learn the class prior is not used when there are two or more classes. Non-negative features; dense or CSR.
/// </summary>
public sealed record ComplementNaiveBayes : ILearner<MultinomialNaiveBayesModel>, ISparseLearner<MultinomialNaiveBayesModel>
{
    /// <summary>Additive smoothing α (default 1), positive.</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>Normalise each class's weights by their sum (default false, scikit-learn's; the paper's second normalisation).</summary>
    public bool Norm { get; init; }

    public MultinomialNaiveBayesModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classCount = Check(y);
        var (featureCounts, _) = MultinomialCounts.Of(x, y, sampleWeight, classCount, nameof(ComplementNaiveBayes));
        return Build(featureCounts, classCount, x.ColumnCount);
    }

    public MultinomialNaiveBayesModel Fit(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        SparseGuard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classCount = Check(y);
        var (featureCounts, _) = MultinomialCounts.Of(x, y, sampleWeight, classCount, nameof(ComplementNaiveBayes));
        return Build(featureCounts, classCount, x.ColumnCount);
    }

    private int Check(ReadOnlySpan<double> y)
    {
        if (!(Alpha > 0) || !double.IsFinite(Alpha))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "ComplementNaiveBayes.Alpha must be positive and finite.");
        return Guard.ClassLabels(y);
    }

    private MultinomialNaiveBayesModel Build(double[] featureCounts, int classCount, int features)
    {
        var all = new double[features];
        for (var c = 0; c < classCount; c++)
            for (var j = 0; j < features; j++) all[j] += featureCounts[(c * features) + j];
        var weights = new double[featureCounts.Length];
        for (var c = 0; c < classCount; c++)
        {
            var row = weights.AsSpan(c * features, features);
            var total = 0.0;
            for (var j = 0; j < features; j++) total += row[j] = all[j] + Alpha - featureCounts[(c * features) + j];
            var logSum = 0.0;
            for (var j = 0; j < features; j++) logSum += row[j] = Math.Log(row[j] / total);
            for (var j = 0; j < features; j++) row[j] = Norm ? row[j] / logSum : -row[j];
        }
        return new MultinomialNaiveBayesModel(classCount, features, weights, new double[classCount]);
    }
}
