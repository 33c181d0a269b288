using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Storage;

/// <summary>
/// What a worker asks of <see cref="IStudyStorage.Claim"/>: the study-wide budget of trials, its own name, how old a
/// heartbeat may be before its trial counts as dead, and the sampler to call (with the finished trials and the new
/// trial's number) when a new trial is created.
/// </summary>
public sealed record ClaimRequest(
    int Budget,
    string Worker,
    TimeSpan Grace,
    Func<IReadOnlyList<TrialRecord>, int, IReadOnlyDictionary<string, object>> Sample);
