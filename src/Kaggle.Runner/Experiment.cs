using Kaggle.Core.Ensembles;
using Kaggle.Core.PostProcessing;
using Kaggle.Core.Validation;

namespace Kaggle.Runner;

/// <summary>
/// The models a competition cross-validates and how their predictions become the submission: an ensemble instance
/// (<see cref="Blend"/> by default; <see cref="Average"/>, <see cref="RankAverage"/>, <see cref="Stack"/>, or
/// <see cref="SingleModel"/> to submit one model), further ensembles to compare on the same folds, and a post-processing
/// step applied to the submitted predictions.
/// </summary>
public sealed record Experiment(IReadOnlyList<ModelSpec> Models)
{
    /// <summary>How the members become the submission (default: a blend with weights fitted on out-of-fold predictions).</summary>
    public IEnsemble Ensemble { get; init; } = new Blend();

    /// <summary>
    /// The models the ensembles combine (default: all). The others are still cross-validated and reported, so a
    /// candidate that does not help stays measured on the same folds without entering the submission.
    /// </summary>
    public IReadOnlyList<string>? Members { get; init; }

    /// <summary>
    /// Further ensembles computed and reported beside the members (table, run record, oof.csv) but not submitted,
    /// to compare them on the same folds. Default none.
    /// </summary>
    public IReadOnlyList<IEnsemble> Compare { get; init; } = [];

    /// <summary>
    /// A binary classifier for adversarial validation (<see cref="AdversarialValidation"/>), or null (default) for none:
    /// Train reports and records how well it tells the test rows from the training rows (ROC AUC; 0.5 = alike), the
    /// first thing to check when a cross-validation score and the leaderboard disagree.
    /// </summary>
    public ModelSpec? Adversarial { get; init; }

    /// <summary>What happens to the submitted result before it is written (default: nothing).</summary>
    public IPostProcessor PostProcessor { get; init; } = NoPostProcessing.Instance;
}
