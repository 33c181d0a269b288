using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>
/// An <see cref="ElasticNet"/> whose α is chosen by K-fold cross-validation over a grid (scikit-learn's
/// <c>ElasticNetCV</c>; with the default L1Ratio 1 it is <c>LassoCV</c>): each fold fits the whole grid as one
/// warm-started path, the α with the lowest mean validation MSE wins (the largest α on ties), and the final model is
/// refitted on all rows with it. Folds are contiguous blocks of rows unless <see cref="Seed"/> shuffles them.
/// </summary>
public sealed record ElasticNetCV : ILearner<ElasticNetCVModel>
{
    /// <summary>The L1 share ρ of the penalty, in (0, 1] (default 1: the lasso).</summary>
    public double L1Ratio { get; init; } = 1.0;

    /// <summary>Candidate α values; null (the default) means <see cref="AlphaCount"/> values from <see cref="ElasticNet.AlphaGrid"/>.</summary>
    public IReadOnlyList<double>? Alphas { get; init; }

    /// <summary>Grid size when <see cref="Alphas"/> is null (default 100).</summary>
    public int AlphaCount { get; init; } = 100;

    /// <summary>Smallest grid α as a fraction of the largest (default 1e-3).</summary>
    public double MinAlphaRatio { get; init; } = 1e-3;

    /// <summary>The number of folds K ≥ 2 (default 5).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Null (the default) keeps rows in order, as scikit-learn's KFold; a value shuffles them with that seed first.</summary>
    public int? Seed { get; init; }

    /// <summary>Fit an unpenalised intercept (default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>Scale features to unit weighted standard deviation inside each fit (default true).</summary>
    public bool Standardize { get; init; } = true;

    /// <summary>The coordinate-descent duality-gap tolerance (default 1e-4).</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>The limit on coordinate-descent sweeps per α (default 1000).</summary>
    public int MaxIterations { get; init; } = 1000;

    public ElasticNetCVModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        ArgumentOutOfRangeException.ThrowIfLessThan(Folds, 2, nameof(Folds));
        if (Folds > x.RowCount)
            throw new ArgumentException($"{Folds} folds need at least {Folds} rows but x has {x.RowCount} row{(x.RowCount == 1 ? "" : "s")}.", nameof(x));
        var net = new ElasticNet
        {
            L1Ratio = L1Ratio,
            FitIntercept = FitIntercept,
            Standardize = Standardize,
            Tolerance = Tolerance,
            MaxIterations = MaxIterations,
        };
        var alphas = Alphas is null ? net.AlphaGrid(x, y, AlphaCount, MinAlphaRatio, sampleWeight) : [.. Alphas];
        if (alphas.Length == 0)
            throw new ArgumentException("Alphas is empty; give at least one candidate.", nameof(Alphas));

        var order = RowOrder(x.RowCount);
        var mse = new double[alphas.Length];
        for (var fold = 0; fold < Folds; fold++)
        {
            var (train, valid) = Split(order, fold);
            var path = net.FitPath(x.Rows(train), Pick(y, train), alphas, sampleWeight.IsEmpty ? default : Pick(sampleWeight, train));
            var xValid = x.Rows(valid);
            var prediction = new double[valid.Length];
            for (var k = 0; k < alphas.Length; k++)
            {
                path[k].Predict(xValid, prediction);
                mse[k] += WeightedMse(prediction, y, sampleWeight, valid) / Folds;
            }
        }
        var best = 0;
        for (var k = 1; k < alphas.Length; k++)
            if (mse[k] < mse[best] || (mse[k] == mse[best] && alphas[k] > alphas[best])) best = k;
        var model = (net with { Alpha = alphas[best] }).Fit(x, y, sampleWeight);
        return new ElasticNetCVModel(model, alphas[best], alphas, mse);
    }

    private int[] RowOrder(int rows)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        if (Seed is { } seed) new SplitMix64(seed).Shuffle(order.AsSpan());
        return order;
    }

    private (int[] Train, int[] Valid) Split(int[] order, int fold)
    {
        var start = (int)((long)order.Length * fold / Folds);
        var end = (int)((long)order.Length * (fold + 1) / Folds);
        return ([.. order[..start], .. order[end..]], order[start..end]);
    }

    private static double[] Pick(ReadOnlySpan<double> values, int[] rows)
    {
        var picked = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) picked[i] = values[rows[i]];
        return picked;
    }

    private static double WeightedMse(double[] prediction, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, int[] rows)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[rows[i]];
            var r = y[rows[i]] - prediction[i];
            sum += w * r * r;
            total += w;
        }
        return total > 0 ? sum / total : 0;
    }
}
