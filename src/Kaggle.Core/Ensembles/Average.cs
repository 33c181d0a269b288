using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// The plain average of several models' predictions (probabilities for classifiers). It fits nothing, so its
/// out-of-fold score is an honest estimate; fold scores cover every repeat of the members' shared folds.
/// </summary>
/// <param name="Name">The ensemble's name in tables and records.</param>
public sealed record Average(string Name = "average") : INestedEnsemble
{
    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        var weights = Enumerable.Repeat(1.0 / members.Count, members.Count).ToArray();
        var outOfFold = EnsembleScoring.Combine(members.Select(m => m.OutOfFold).ToArray(), weights);
        var test = members[0].Test is null ? null : EnsembleScoring.Combine(members.Select(m => m.Test!).ToArray(), weights);
        var (_, folds) = EnsembleScoring.Nested(members, metric, y, this);
        var result = EnsembleScoring.Result(Name, metric, y, members, outOfFold, outOfFold, test, folds, $"average of {string.Join(", ", members.Select(m => m.Model))}");
        return new EnsembleResult(result, new EnsembleParameters(Name, "average", EnsembleScoring.Names(members)) { Weights = weights });
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var count = inputs.Predictions.Count;
        return EnsembleScoring.Combine(EnsembleScoring.Select(inputs.Predictions, predictRows), Enumerable.Repeat(1.0 / count, count).ToArray());
    }
}
