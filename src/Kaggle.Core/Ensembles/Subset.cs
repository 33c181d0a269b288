using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// An ensemble of some of the experiment's members only, e.g. <c>new Subset(["gbdt", "lasso"], new Average("trees_lasso"))</c>,
/// so that <see cref="SelectEnsemble"/> can weigh "average of these three" against "rank average of all" on the same
/// folds. Its name is the inner ensemble's.
/// </summary>
/// <param name="Members">The member names to combine, in this order (each must be a member).</param>
/// <param name="Inner">The ensemble applied to them.</param>
public sealed record Subset(IReadOnlyList<string> Members, INestedEnsemble Inner) : INestedEnsemble
{
    public string Name => Inner.Name;

    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(Inner);
        var indices = Indices(EnsembleScoring.Names(members));
        return Inner.Combine([.. indices.Select(i => members[i])], metric, y);
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(Inner);
        var indices = Indices(inputs.Members);
        var subset = inputs with { Members = [.. indices.Select(i => inputs.Members[i])], Predictions = [.. indices.Select(i => inputs.Predictions[i])] };
        return Inner.FitPredict(subset, fitRows, predictRows);
    }

    private int[] Indices(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(Members);
        if (Members.Count == 0) throw new ArgumentException($"Subset '{Name}' names no member.", nameof(Members));
        var position = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        return [.. Members.Select(m => position.TryGetValue(m, out var i)
            ? i
            : throw new ArgumentException($"Subset '{Name}' names '{m}', which is not a member; the members are {string.Join(", ", names)}.", nameof(Members)))];
    }
}
