using Kaggle.Tuning.Space;

namespace Kaggle.Tuning.Studies;

/// <summary>
/// What identifies a study across workers: its name, the search space, whether a higher score is better, the sampler
/// (<c>tpe</c> or <c>random</c>) and the seed. The first worker stores them; every later one must agree.
/// </summary>
public sealed record StudyDefinition(string Name, SearchSpace Space, bool Maximize, string Sampler, long Seed);
