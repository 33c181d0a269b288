using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// A weighted blend of several models' predictions with non-negative weights summing to 1, fitted on out-of-fold
/// predictions only (never on anything a member was trained on). The weights minimise a smooth loss
/// (<see cref="Loss"/>); the blend's fold scores are nested, so they are honest: for each fold, weights are fitted
/// on the other folds' out-of-fold rows and scored on that fold's rows.
/// </summary>
public sealed record Blend(string Name = "blend")
{
    public BlendLoss Loss { get; init; } = BlendLoss.Auto;

    public BlendResult Fit(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        if (y.Length != members[0].OutOfFold.RowCount)
            throw new ArgumentException($"y has {y.Length} values but the members predicted {members[0].OutOfFold.RowCount} rows.", nameof(y));
        var loss = Loss == BlendLoss.Auto ? LossFor(metric) : Loss;
        var assignment = members[0].Assignments[0];

        var weights = FitOn(members, y, loss, EnsembleScoring.Rows(assignment, _ => true));
        var outOfFold = EnsembleScoring.Combine(members.Select(m => m.OutOfFold).ToArray(), weights);
        var test = members[0].Test is null ? null : EnsembleScoring.Combine(members.Select(m => m.Test!).ToArray(), weights);

        var foldCount = assignment.Max() + 1;
        var nested = new Matrix(outOfFold.RowCount, outOfFold.ColumnCount);
        nested.Values.Fill(double.NaN);
        for (var f = 0; f < foldCount; f++)
        {
            var foldWeights = FitOn(members, y, loss, EnsembleScoring.Rows(assignment, a => a != f));
            var rows = EnsembleScoring.Rows(assignment, a => a == f);
            var combined = EnsembleScoring.Combine(members.Select(m => m.OutOfFold.Rows(rows)).ToArray(), foldWeights);
            for (var k = 0; k < rows.Length; k++) combined.Row(k).CopyTo(nested.Row(rows[k]));
        }

        var result = new CrossValidationResult
        {
            Model = Name,
            Metric = metric.Name,
            HigherIsBetter = metric.HigherIsBetter,
            OutOfFold = outOfFold,
            Test = test,
            Folds = EnsembleScoring.FoldScores(metric, y, nested, assignment),
            Assignments = members[0].Assignments,
            OutOfFoldScore = CrossValidation.ScoreValidated(metric, y, nested),
            Parameters = string.Join(", ", members.Select((m, k) => $"{m.Model}={weights[k]:F4}")),
        };
        return new BlendResult(result, members.Select(m => m.Model).ToArray(), weights);
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

    private static double[] FitOn(IReadOnlyList<CrossValidationResult> members, ReadOnlySpan<double> y, BlendLoss loss, int[] rows)
    {
        var outputs = members[0].OutOfFold.ColumnCount;
        var predictions = members.Select(m => m.OutOfFold.Rows(rows).Array).ToArray();
        var ySubset = new double[rows.Length];
        for (var k = 0; k < rows.Length; k++) ySubset[k] = y[rows[k]];
        return SimplexWeights.Fit(predictions, outputs, ySubset, loss);
    }
}
