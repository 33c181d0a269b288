using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;
using LA = MathNet.Numerics.LinearAlgebra;

namespace Kaggle.Core.Models.Decomposition;

/// <summary>
/// Principal component analysis (https://en.wikipedia.org/wiki/Principal_component_analysis), as scikit-learn's
/// <c>PCA</c>: centres the columns and keeps the <see cref="Components"/> directions of largest variance, from an
/// exact decomposition or a randomized SVD (<see cref="Solver"/>). The fitted <see cref="PcaModel"/> projects rows
/// onto them (and divides by each component's standard deviation when <see cref="Whiten"/> is on). Needs at least two
/// rows and finite features.
/// </summary>
public sealed record Pca : IUnsupervisedLearner<PcaModel>
{
    /// <summary>Components kept, 1 ≤ Components ≤ min(rows, columns); null (the default) keeps min(rows, columns).</summary>
    public int? Components { get; init; }

    /// <summary>Scale each projected component to unit variance (default false).</summary>
    public bool Whiten { get; init; }

    /// <summary>The decomposition (default Auto, scikit-learn's rule).</summary>
    public PcaSolver Solver { get; init; } = PcaSolver.Auto;

    /// <summary>Extra random directions sampled by the randomized solver (default 10, as scikit-learn).</summary>
    public int Oversamples { get; init; } = 10;

    /// <summary>Power iterations of the randomized solver; null (the default) is scikit-learn's 7 when the components are under 10 % of min(rows, columns), else 4.</summary>
    public int? PowerIterations { get; init; }

    /// <summary>Seed of the randomized solver's Gaussian test matrix (default 0).</summary>
    public int Seed { get; init; }

    /// <summary>Threads for the randomized solver's products; 0 uses every core. The result is identical at any count.</summary>
    public int Threads { get; init; }

    public PcaModel Fit(Matrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.RowCount < 2 || x.ColumnCount < 1)
            throw new ArgumentException($"PCA needs at least 2 rows and 1 column; x is {x.RowCount}x{x.ColumnCount}.", nameof(x));
        Guard.NoMissing(x);
        var limit = Math.Min(x.RowCount, x.ColumnCount);
        var count = Components ?? limit;
        if (count < 1 || count > limit)
            throw new ArgumentOutOfRangeException(nameof(Components), count, $"Components must be in [1, {limit}] (min of {x.RowCount} rows and {x.ColumnCount} columns).");
        ArgumentOutOfRangeException.ThrowIfNegative(Oversamples, nameof(Oversamples));
        if (PowerIterations is < 0) throw new ArgumentOutOfRangeException(nameof(PowerIterations), PowerIterations, "PowerIterations must be non-negative.");

        var (n, d) = (x.RowCount, x.ColumnCount);
        var means = new double[d];
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < d; j++) means[j] += row[j];
        }
        for (var j = 0; j < d; j++) means[j] /= n;
        var totalVariance = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < d; j++) totalVariance += (row[j] - means[j]) * (row[j] - means[j]);
        }
        totalVariance /= n - 1;

        var randomized = Solver == PcaSolver.Randomized
            || (Solver == PcaSolver.Auto && Math.Max(n, d) > 500 && count < 0.8 * limit);
        var threads = TreeFitting.ResolveThreads(Threads);
        var power = PowerIterations ?? (count < 0.1 * limit ? 7 : 4);
        // Tall and narrow (scikit-learn 1.5's rule for its covariance solver): one pass builds XcᵀXc, and the
        // power iterations then work on that columns × columns matrix instead of passing over the data each time.
        var tall = d <= 1000 && n >= 10 * d;
        var (singular, vectors) = randomized
            ? tall
                ? RandomizedSvd.FromScatter(Scatter.Centred(x, means, threads), d, count, Oversamples, power, Seed, threads)
                : RandomizedSvd.Compute(new CentredProducts(x, means, threads), n, d, count, Oversamples, power, Seed)
            : ThinSvd.Compute(LA.Matrix<double>.Build.Dense(n, d, (i, j) => x[i, j] - means[j]), count);
        var variances = new double[count];
        for (var c = 0; c < count; c++) variances[c] = singular[c] * singular[c] / (n - 1);
        return new PcaModel(means, new Matrix(count, d, vectors.ToRowMajorArray()), variances, singular, totalVariance, Whiten);
    }
}
