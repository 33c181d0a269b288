namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A differentiable loss for gradient boosting: the starting score, the per-row gradient and hessian of the loss with
/// respect to the raw score, and the loss itself (for the training history and early stopping). Scores are
/// <see cref="Outputs"/> per row, row-major; gradients are written per output as interleaved (g, h) pairs.
/// </summary>
internal abstract class BoostingObjective
{
    /// <summary>Raw scores per row, and trees per boosting round: K for softmax, 1 otherwise.</summary>
    public virtual int Outputs => 1;

    /// <summary>The constant raw score(s) the boosting starts from (log-odds, log-priors, mean or median).</summary>
    public abstract double[] InitialScores(ReadOnlySpan<double> y, ReadOnlySpan<double> w);

    /// <summary>Writes (g, h) of rows [<paramref name="start"/>, <paramref name="end"/>) for every output into <paramref name="gradients"/>[k].</summary>
    public abstract void Gradients(double[] scores, double[] y, double[] w, double[][] gradients, int start, int end);

    /// <summary>The loss of rows [start, end) summed with weights (divide by the weight sum for the mean).</summary>
    public abstract double Loss(double[] scores, double[] y, double[] w, int start, int end);

    /// <summary>True when leaf values are refitted from residuals after the tree's structure is grown (L1).</summary>
    public virtual bool RenewsLeaves => false;

    /// <summary>The refitted raw value of a leaf holding <paramref name="rows"/> (only when <see cref="RenewsLeaves"/>).</summary>
    public virtual double RenewLeaf(ReadOnlySpan<int> rows, double[] scores, double[] y, double[] w) =>
        throw new NotSupportedException();

    /// <summary>Weighted median of <paramref name="values"/> (the lower one at an exact half), sorting a copy.</summary>
    public static double WeightedMedian(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        var v = values.ToArray();
        var order = new int[v.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(v, order);
        var total = 0.0;
        foreach (var w in weights) total += w;
        var cumulative = 0.0;
        for (var i = 0; i < v.Length; i++)
        {
            cumulative += weights[order[i]];
            if (cumulative >= total / 2) return v[i];
        }
        return v.Length == 0 ? 0 : v[^1];
    }
}
