using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// NB-SVM (Wang &amp; Manning 2012, "Baselines and bigrams"), in the logistic-regression form common on Kaggle: each
/// feature is scaled by its naive-Bayes log-count ratio r = log((p/‖p‖₁) / (q/‖q‖₁)), p = α + Σ_{y=1} x̂ and
/// q = α + Σ_{y=0} x̂ over the training rows (x̂ = 1 where x &gt; 0 when <see cref="Binarize"/>), and
/// <see cref="Classifier"/> is fitted on x̂ ⊙ r. Binary targets, non-negative features (counts, TF-IDF); dense or CSR.
/// </summary>
public sealed record NbSvm : ILearner<NbSvmModel>, ISparseLearner<NbSvmModel>
{
    /// <summary>Smoothing α of the feature sums (default 1).</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>Use presence (x &gt; 0 → 1) instead of the values, as the paper does (default true).</summary>
    public bool Binarize { get; init; } = true;

    /// <summary>The linear model fitted on the scaled features (default: logistic regression with C = 4).</summary>
    public LogisticRegression Classifier { get; init; } = new() { C = 4 };

    public NbSvmModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var ratios = Ratios(CsrMatrix.FromDense(x), y, sampleWeight);
        var model = Classifier.Fit(NbSvmModel.Scale(x, ratios, Binarize), y, sampleWeight);
        return new NbSvmModel(ratios, Binarize, model);
    }

    public NbSvmModel Fit(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        SparseGuard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var ratios = Ratios(x, y, sampleWeight);
        var model = Classifier.Fit(NbSvmModel.Scale(x, ratios, Binarize), y, sampleWeight);
        return new NbSvmModel(ratios, Binarize, model);
    }

    private double[] Ratios(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        if (!(Alpha > 0) || !double.IsFinite(Alpha))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "NbSvm.Alpha must be positive and finite.");
        ArgumentNullException.ThrowIfNull(Classifier);
        if (Guard.ClassLabels(y) != 2)
            throw new ArgumentException("NbSvm is binary: y must hold the labels 0 and 1 only (use one-vs-rest for more classes).", nameof(y));
        var features = x.ColumnCount;
        var p = new double[features];
        var q = new double[features];
        Array.Fill(p, Alpha);
        Array.Fill(q, Alpha);
        for (var i = 0; i < x.RowCount; i++)
        {
            var sums = y[i] == 1 ? p : q;
            var w = sampleWeight.IsEmpty ? 1.0 : sampleWeight[i];
            var indices = x.RowIndices(i);
            var values = x.RowValues(i);
            for (var k = 0; k < indices.Length; k++)
            {
                if (values[k] < 0)
                    throw new ArgumentException($"x[{i}, {indices[k]}] is {values[k]}; NbSvm needs non-negative features (counts, TF-IDF).", nameof(x));
                sums[indices[k]] += w * (Binarize ? (values[k] > 0 ? 1 : 0) : values[k]);
            }
        }
        double pTotal = p.Sum(), qTotal = q.Sum();
        var ratios = new double[features];
        for (var j = 0; j < features; j++) ratios[j] = Math.Log(p[j] / pTotal / (q[j] / qTotal));
        return ratios;
    }
}
