namespace Kaggle.Core.Validation;

/// <summary>
/// What one fold fit reports beside its predictions: per encoded column with any, the number of test rows whose level
/// the fold's training rows never had (the encoders handle them as unseen), and the fitted model's training log
/// (<see cref="Models.ITrainingLog"/>: a network's loss and metric per epoch; empty for other models).
/// </summary>
/// <param name="Repeat">The repeat (0-based).</param>
/// <param name="Seed">The repeat's seed.</param>
/// <param name="Fold">The fold (0-based).</param>
/// <param name="UnseenTestLevels">Test rows with a level unseen in the fold's training rows, per column.</param>
/// <param name="TrainingLog">The fitted model's training log lines.</param>
public sealed record FoldReport(int Repeat, int Seed, int Fold, IReadOnlyDictionary<string, int> UnseenTestLevels, IReadOnlyList<string> TrainingLog)
{
    /// <summary>True for the fit on all training rows of <see cref="ModelSpec.Refit"/> (then <see cref="Fold"/> is −1).</summary>
    public bool Refit { get; init; }

    /// <summary>The name of every column of the feature matrix the learner saw (a sparse block's feature names in place of the block).</summary>
    public IReadOnlyList<string> FeatureNames { get; init; } = [];

    /// <summary>
    /// The fold's fitted model, for observers that read what it learned (feature importances, coefficients, a booster's
    /// validation curve) during the call only: cross-validation disposes it right after.
    /// </summary>
    public Models.IModel? Model { get; init; }
}
