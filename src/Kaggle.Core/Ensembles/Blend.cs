using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// A weighted blend of several models' predictions with non-negative weights summing to 1, fitted on out-of-fold
/// predictions only (never on anything a member was trained on). The weights minimise a smooth loss
/// (<see cref="Loss"/>); the blend's fold scores are nested, so they are honest: for each fold of each repeat, weights
/// are fitted on that repeat's out-of-fold predictions of the other folds' rows and scored on the fold's rows. The
/// submitted weights are fitted on the repeat-averaged out-of-fold predictions of every row.
/// </summary>
public sealed record Blend(string Name = "blend") : INestedEnsemble
{
    public BlendLoss Loss { get; init; } = BlendLoss.Auto;

    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        if (y.Length != members[0].OutOfFold.RowCount)
            throw new ArgumentException($"y has {y.Length} values but the members predicted {members[0].OutOfFold.RowCount} rows.", nameof(y));
        var loss = Loss == BlendLoss.Auto ? LossFor(metric) : Loss;

        var weights = FitOn(members.Select(m => m.OutOfFold).ToArray(), y, loss, EnsembleScoring.ValidatedRows(members[0].OutOfFold));
        var outOfFold = EnsembleScoring.Combine(members.Select(m => m.OutOfFold).ToArray(), weights);
        var test = members[0].Test is null ? null : EnsembleScoring.Combine(members.Select(m => m.Test!).ToArray(), weights);
        var (nested, folds) = EnsembleScoring.Nested(members, metric, y, this);

        var result = EnsembleScoring.Result(Name, metric, y, members, outOfFold, nested, test, folds, string.Join(", ", members.Select((m, k) => $"{m.Model}={weights[k]:F4}")));
        return new EnsembleResult(result, new EnsembleParameters(Name, "blend", EnsembleScoring.Names(members)) { Weights = weights });
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var loss = Loss == BlendLoss.Auto ? LossFor(inputs.Metric) : Loss;
        return EnsembleScoring.Combine(EnsembleScoring.Select(inputs.Predictions, predictRows), FitOn(inputs.Predictions, inputs.Target, loss, fitRows));
    }

    /// <summary>The loss matching a metric: log-loss for classification metrics, squared log error for RMSLE.</summary>
    public static BlendLoss LossFor(IMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Name switch
        {
            "accuracy" or "logloss" or "auc" or "f1" => BlendLoss.LogLoss,
            "rmsle" => BlendLoss.SquaredLogError,
            _ => BlendLoss.SquaredError,
        };
    }

    private static double[] FitOn(IReadOnlyList<Matrix> predictions, ReadOnlySpan<double> y, BlendLoss loss, int[] rows)
    {
        var outputs = predictions[0].ColumnCount;
        var subsets = predictions.Select(p => p.Rows(rows).Array).ToArray();
        var ySubset = new double[rows.Length];
        for (var k = 0; k < rows.Length; k++) ySubset[k] = y[rows[k]];
        return SimplexWeights.Fit(subsets, outputs, ySubset, loss);
    }
}
