using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Tests;

/// <summary>In-memory studies for sampler and pruner tests: trials as the storage would return them, without a database.</summary>
internal static class Synthetic
{
    public static TrialRecord Complete(int number, double value, params (string Name, object Value)[] parameters) =>
        new(number + 1, number, TrialState.Complete, parameters.ToDictionary(p => p.Name, p => p.Value), [value], value, "w", null, null);

    public static TrialRecord WithFolds(int number, TrialState state, params double[] folds) =>
        new(number + 1, number, state, new Dictionary<string, object>(), folds, folds.Length == 0 ? null : folds.Average(), "w", null, null);

    /// <summary>Runs <paramref name="trials"/> sequential trials of <paramref name="objective"/> (minimised) and returns them in order.</summary>
    public static List<TrialRecord> Minimise(ISampler sampler, SearchSpace space, Func<IReadOnlyDictionary<string, object>, double> objective, int trials, long seed)
    {
        var history = new List<TrialRecord>();
        for (var n = 0; n < trials; n++)
        {
            var values = sampler.Sample(space, history, maximize: false, seed, n);
            var value = objective(values);
            history.Add(new TrialRecord(n + 1, n, TrialState.Complete, values, [value], value, "w", null, null));
        }
        return history;
    }
}
