using Kaggle.Core;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Samplers;

/// <summary>
/// The tree-structured Parzen estimator (Bergstra et al. 2011, https://papers.nips.cc/paper/4443) with Optuna's default
/// behaviour: <see cref="StartupTrials"/> random trials, then for every parameter independently the finished trials are
/// split into the best γ(n) = min(⌈0.1 n⌉, 25) ("good") and the rest, a Parzen estimator l(x) is fitted to the good
/// values and g(x) to the others, <see cref="Candidates"/> points are drawn from l, and the one with the largest
/// l(x)/g(x) (the expected improvement's maximiser) is taken. Complete trials rank by value; pruned ones follow, those
/// that got further first. Conditional parameters use only the trials where they were active.
/// </summary>
public sealed class TpeSampler : ISampler
{
    /// <summary>Trials sampled at random before the estimators take over (Optuna: 10).</summary>
    public int StartupTrials { get; init; } = 10;

    /// <summary>Points drawn from l(x) per parameter, of which the best ratio wins (Optuna: 24).</summary>
    public int Candidates { get; init; } = 24;

    public string Name => "tpe";

    public IReadOnlyDictionary<string, object> Sample(SearchSpace space, IReadOnlyList<TrialRecord> finished, bool maximize, long seed, int number)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(finished);
        if (finished.Count < StartupTrials) return new RandomSampler().Sample(space, finished, maximize, seed, number);
        var ranked = Rank(finished, maximize);
        var good = ranked.Take(Gamma(ranked.Count)).Select(t => t.Id).ToHashSet();
        var byNumber = finished.OrderBy(t => t.Number).ToArray();
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < space.Parameters.Count; i++)
        {
            var parameter = space.Parameters[i];
            if (!parameter.IsActive(values)) continue;
            var random = new SplitMix64(SplitMix64.Derive(seed, number, i));
            var below = Observed(byNumber.Where(t => good.Contains(t.Id)), parameter);
            var above = Observed(byNumber.Where(t => !good.Contains(t.Id)), parameter);
            var chosen = parameter.Distribution is CategoricalDistribution categories
                ? ChooseCategory(categories.Choices.Count, below, above, ref random)
                : ChooseNumber(Bounds.Of(parameter.Distribution), below, above, ref random);
            values[parameter.Name] = parameter.Distribution.ToValue(chosen);
        }
        return values;
    }

    /// <summary>How many of n ranked trials count as good: min(⌈0.1 n⌉, 25).</summary>
    internal static int Gamma(int n) => Math.Min((int)Math.Ceiling(0.1 * n), 25);

    /// <summary>Best first: complete trials by value, then pruned trials by how many folds they ran, then by their last running mean (others are left out).</summary>
    public static List<TrialRecord> Rank(IReadOnlyList<TrialRecord> finished, bool maximize)
    {
        double Key(double v) => maximize ? -v : v;
        var complete = finished.Where(t => t.State == TrialState.Complete && t.Value is not null)
            .OrderBy(t => Key(t.Value!.Value)).ThenBy(t => t.Number);
        var pruned = finished.Where(t => t.State == TrialState.Pruned || (t.State == TrialState.Complete && t.Value is null))
            .OrderByDescending(t => t.FoldScores.Count)
            .ThenBy(t => t.FoldScores.Count == 0 ? 0 : Key(t.RunningMeans()[^1]))
            .ThenBy(t => t.Number);
        return [.. complete, .. pruned];
    }

    private static List<double> Observed(IEnumerable<TrialRecord> trials, SearchParameter parameter)
    {
        var values = new List<double>();
        foreach (var trial in trials)
            if (trial.Parameters.TryGetValue(parameter.Name, out var value))
                values.Add(parameter.Distribution.ToInternal(value));
        return values;
    }

    private double ChooseNumber(Bounds bounds, List<double> below, List<double> above, ref SplitMix64 random)
    {
        var good = new ParzenEstimator(below.ConvertAll(bounds.Transform), bounds);
        var bad = new ParzenEstimator(above.ConvertAll(bounds.Transform), bounds);
        var (best, bestScore) = (0.0, double.NegativeInfinity);
        for (var c = 0; c < Candidates; c++)
        {
            var x = good.Sample(ref random);
            var score = good.LogDensity(x) - bad.LogDensity(x);
            if (score > bestScore) (best, bestScore) = (x, score);
        }
        return bounds.Untransform(best);
    }

    private int ChooseCategory(int count, List<double> below, List<double> above, ref SplitMix64 random)
    {
        var good = CategoryProbabilities(count, below);
        var bad = CategoryProbabilities(count, above);
        var (best, bestScore) = (0, double.NegativeInfinity);
        for (var c = 0; c < Candidates; c++)
        {
            var u = random.NextDouble();
            var choice = 0;
            for (var cumulative = good[0]; choice < count - 1 && u >= cumulative; cumulative += good[++choice]) { }
            var score = Math.Log(good[choice]) - Math.Log(bad[choice]);
            if (score > bestScore) (best, bestScore) = (choice, score);
        }
        return best;
    }

    // Each observation is a kernel that puts its weight on its own category plus a uniform share (the prior's smoothing),
    // and the prior itself is uniform; the kernels are weighted as the numeric estimator's are.
    private static double[] CategoryProbabilities(int count, List<double> observed)
    {
        var weights = ParzenEstimator.Weights(observed.Count);
        var probabilities = new double[count];
        for (var k = 0; k < observed.Count; k++)
        {
            var share = weights[k] / (1.0 + 1.0);
            probabilities[(int)observed[k]] += share;
            for (var c = 0; c < count; c++) probabilities[c] += share / count;
        }
        for (var c = 0; c < count; c++) probabilities[c] += weights[^1] / count;
        return probabilities;
    }
}
