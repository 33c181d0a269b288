using Kaggle.Core.Data;
using Kaggle.Core.Metrics;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// What a nested ensemble sees in one repeat of the members' shared cross-validation: each member's out-of-fold
/// predictions of that repeat (rows × outputs, every training row), the training target, the metric, and the fold
/// of every row in that repeat (−1: never validated), which a combiner that chooses among others (see
/// <see cref="SelectEnsemble"/>) needs to score its own choice on inner folds.
/// </summary>
/// <param name="Members">The member names, parallel to <paramref name="Predictions"/>.</param>
/// <param name="Predictions">Per member, its out-of-fold predictions of the repeat.</param>
/// <param name="Target">The training target, one value per row.</param>
/// <param name="Metric">The competition's metric.</param>
/// <param name="Assignment">The fold of every row in the repeat (−1 for rows no fold validated).</param>
public sealed record EnsembleInputs(IReadOnlyList<string> Members, IReadOnlyList<Matrix> Predictions, double[] Target, IMetric Metric, int[] Assignment)
{
    /// <summary>The target of <paramref name="rows"/>, in their order.</summary>
    public double[] TargetOf(int[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var target = new double[rows.Length];
        for (var k = 0; k < rows.Length; k++) target[k] = Target[rows[k]];
        return target;
    }
}
