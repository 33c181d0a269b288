using Kaggle.Core.Models;
using Kaggle.Core.Models.Targets;
using Kaggle.Core.Validation;

namespace Kaggle.Runner;

/// <summary>
/// The models a competition cross-validates and how their predictions become the submission: the blend of all
/// members (weights fitted on out-of-fold predictions), their plain or rank average, a stack (a meta-learner fitted
/// on out-of-fold predictions), or one named member.
/// </summary>
public sealed record Experiment(IReadOnlyList<ModelSpec> Models)
{
    public EnsembleKind Ensemble { get; init; } = EnsembleKind.Blend;

    /// <summary>
    /// The models the ensemble combines (default: all). The others are still cross-validated and reported, so a
    /// candidate that does not help stays measured on the same folds without entering the submission.
    /// </summary>
    public IReadOnlyList<string>? Members { get; init; }

    /// <summary>With <see cref="EnsembleKind.None"/>: the member to submit (default: the first).</summary>
    public string? Submit { get; init; }

    /// <summary>With <see cref="EnsembleKind.Stack"/>: the meta-learner (required then).</summary>
    public ILearner<IModel>? Meta { get; init; }

    /// <summary>With <see cref="EnsembleKind.Stack"/>: the transform of member predictions into meta-features (null: none).</summary>
    public TargetTransform? MetaInputs { get; init; }

    /// <summary>
    /// Further ensembles computed and reported beside the members (table, run record, oof.csv) but not submitted,
    /// to compare them on the same folds. Default none.
    /// </summary>
    public IReadOnlyList<EnsembleKind> Compare { get; init; } = [];
}

/// <summary>How members are combined.</summary>
public enum EnsembleKind
{
    None,
    Average,
    Blend,
    RankAverage,
    Stack,
}
