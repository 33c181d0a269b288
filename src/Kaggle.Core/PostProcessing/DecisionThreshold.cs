using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;
using Kaggle.Core.Validation.Thresholds;

namespace Kaggle.Core.PostProcessing;

/// <summary>
/// Picks the probability threshold that maximises a label metric (F1, accuracy) of a binary competition on the
/// out-of-fold predictions and submits with it. The reported score stays honest: in each repeat, each fold is scored
/// at a threshold chosen on the other folds' out-of-fold rows only (<see cref="ThresholdSelection.Nested"/>); the test
/// predictions use the threshold chosen on every out-of-fold row. Probabilities are remapped with
/// <see cref="ThresholdSelection.Recentre"/>, so downstream 0.5 cuts (metrics, label submissions) apply the chosen threshold,
/// and the result is named <c>{model}-threshold</c> with the threshold in <see cref="CrossValidationResult.Threshold"/>.
/// </summary>
public sealed record DecisionThreshold : IPostProcessor
{
    public CrossValidationResult Apply(CrossValidationResult final, IMetric metric, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(final);
        ArgumentNullException.ThrowIfNull(metric);
        if (final.OutOfFold.ColumnCount != 1)
            throw new InvalidOperationException($"DecisionThreshold needs one column of P(class 1) (a binary task); model '{final.Model}' has {final.OutOfFold.ColumnCount} output columns.");
        if (final.Assignments.Count == 0)
            throw new InvalidOperationException($"DecisionThreshold needs the fold assignment of model '{final.Model}' to choose thresholds nested.");

        var byRepeat = new List<Matrix>();
        var foldScores = new Dictionary<(int Repeat, int Fold), double>();
        for (var r = 0; r < final.Assignments.Count; r++)
        {
            var oof = final.OutOfFoldOfRepeat(r).Column(0);
            var nested = ThresholdSelection.Nested(metric, y, oof, final.Assignments[r]);
            for (var k = 0; k < nested.FoldScores.Count; k++) foldScores[(r, k)] = nested.FoldScores[k];
            if (r < final.OutOfFoldByRepeat.Count) byRepeat.Add(RecentreByFold(oof, final.Assignments[r], nested.FoldThresholds));
        }

        var averaged = final.OutOfFold.Column(0);
        var nestedAverage = ThresholdSelection.Nested(metric, y, averaged, final.Assignments[0]);
        var outOfFold = RecentreByFold(averaged, final.Assignments[0], nestedAverage.FoldThresholds);
        var threshold = nestedAverage.Threshold;
        Matrix? test = null;
        if (final.Test is { } raw)
        {
            test = new Matrix(raw.RowCount, 1);
            for (var i = 0; i < raw.RowCount; i++) test[i, 0] = ThresholdSelection.Recentre(raw[i, 0], threshold);
        }
        return final with
        {
            OutOfFold = outOfFold,
            OutOfFoldByRepeat = byRepeat,
            Test = test,
            Folds = [.. final.Folds.Select(f => foldScores.TryGetValue((f.Repeat, f.Fold), out var s) ? f with { Score = s } : f)],
            OutOfFoldScore = CrossValidation.ScoreValidated(metric, y, outOfFold),
            Threshold = threshold,
            Model = $"{final.Model}-threshold",
        };
    }

    public override string ToString() => "DecisionThreshold (nested, on out-of-fold predictions)";

    private static Matrix RecentreByFold(double[] probability, int[] assignment, IReadOnlyList<double> thresholds)
    {
        var result = new Matrix(probability.Length, 1);
        for (var i = 0; i < probability.Length; i++)
            result[i, 0] = assignment[i] < 0 || double.IsNaN(probability[i]) ? double.NaN : ThresholdSelection.Recentre(probability[i], thresholds[assignment[i]]);
        return result;
    }
}
