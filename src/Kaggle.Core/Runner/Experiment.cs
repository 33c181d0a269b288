using Kaggle.Core.Validation;

namespace Kaggle.Core.Runner;

/// <summary>
/// The models a competition cross-validates and how their predictions become the submission: the blend of all
/// members (weights fitted on out-of-fold predictions), their plain average, or one named member.
/// </summary>
public sealed record Experiment(IReadOnlyList<ModelSpec> Models)
{
    public EnsembleKind Ensemble { get; init; } = EnsembleKind.Blend;

    /// <summary>With <see cref="EnsembleKind.None"/>: the member to submit (default: the first).</summary>
    public string? Submit { get; init; }
}

/// <summary>How members are combined.</summary>
public enum EnsembleKind
{
    None,
    Average,
    Blend,
}
