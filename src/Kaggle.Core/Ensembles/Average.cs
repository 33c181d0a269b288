using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// The plain average of several models' predictions (probabilities for classifiers). It fits nothing, so its
/// out-of-fold score is an honest estimate; fold scores cover every repeat of the members' shared folds.
/// </summary>
public static class Average
{
    public static CrossValidationResult Of(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y, string name = "average")
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        var weights = Enumerable.Repeat(1.0 / members.Count, members.Count).ToArray();
        var outOfFold = EnsembleScoring.Combine(members.Select(m => m.OutOfFold).ToArray(), weights);
        var test = members[0].Test is null ? null : EnsembleScoring.Combine(members.Select(m => m.Test!).ToArray(), weights);
        var (_, folds) = EnsembleScoring.Nested(members, metric, y,
            (predictions, _, _, rows) => EnsembleScoring.Combine(EnsembleScoring.Select(predictions, rows), weights));
        return EnsembleScoring.Result(name, metric, y, members, outOfFold, outOfFold, test, folds, $"average of {string.Join(", ", members.Select(m => m.Model))}");
    }
}
