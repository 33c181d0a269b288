using Kaggle.Tuning.Space;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Samplers;

/// <summary>
/// Chooses a new trial's parameters. A pure function of the study seed, the trial's number and the finished trials
/// (complete and pruned, in number order): the same inputs give the same suggestion on any machine, so a study is
/// reproducible from its stored trials.
/// </summary>
public interface ISampler
{
    /// <summary>The name stored with a study (<c>tpe</c>, <c>random</c>).</summary>
    string Name { get; }

    /// <summary>The values (double, long or string) by parameter name; inactive conditional parameters are absent.</summary>
    IReadOnlyDictionary<string, object> Sample(SearchSpace space, IReadOnlyList<TrialRecord> finished, bool maximize, long seed, int number);
}
