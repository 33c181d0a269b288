using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// "Submit whichever member cross-validates best", with the choice itself cross-validated: the submitted model is the
/// member with the best out-of-fold score on all rows, but the reported score is nested: for every fold of every
/// repeat, the member is chosen on the other folds' out-of-fold predictions and scored on the fold. Picking the best
/// of many variants on the same folds flatters the winner (its lucky folds are why it won); the nested score is what
/// the picking procedure earns on rows it did not look at. The members may be models or, through an experiment's
/// Members, the candidates a README compares.
/// </summary>
/// <param name="Name">The ensemble's name in tables and records.</param>
public sealed record SelectBest(string Name = "select_best") : INestedEnsemble
{
    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        var all = EnsembleScoring.ValidatedRows(members[0].OutOfFold);
        var chosen = Best(members.Select(m => m.OutOfFold).ToArray(), metric, y, all);
        var (nested, folds) = EnsembleScoring.Nested(members, metric, y, this);
        var winner = members[chosen];
        var result = EnsembleScoring.Result(Name, metric, y, members, winner.OutOfFold, nested, winner.Test, folds,
            $"best by out-of-fold {metric.Name} of {string.Join(", ", members.Select(m => m.Model))}: {winner.Model}");
        return new EnsembleResult(result, new EnsembleParameters(Name, "select_best", EnsembleScoring.Names(members))
        {
            Weights = [.. members.Select((_, m) => m == chosen ? 1.0 : 0.0)],
        });
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Predictions[Best(inputs.Predictions, inputs.Metric, inputs.Target, fitRows)].Rows(predictRows);
    }

    /// <summary>The index of the member scoring best on <paramref name="rows"/> (the first on ties).</summary>
    private static int Best(IReadOnlyList<Matrix> predictions, IMetric metric, ReadOnlySpan<double> y, int[] rows)
    {
        var target = new double[rows.Length];
        for (var k = 0; k < rows.Length; k++) target[k] = y[rows[k]];
        var best = 0;
        var bestScore = double.NaN;
        for (var m = 0; m < predictions.Count; m++)
        {
            var score = metric.Score(target, predictions[m].Rows(rows));
            if (m == 0 || (metric.HigherIsBetter ? score > bestScore : score < bestScore)) (best, bestScore) = (m, score);
        }
        return best;
    }
}
