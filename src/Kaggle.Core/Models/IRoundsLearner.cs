namespace Kaggle.Core.Models;

/// <summary>
/// A learner whose number of boosting rounds can be fixed: what a refit on all training rows (<c>ModelSpec.Refit</c>)
/// of an early-stopped model needs, since no rows are left to stop on.
/// </summary>
public interface IRoundsLearner<out TModel> : ILearner<TModel> where TModel : IModel
{
    /// <summary>This learner training exactly <paramref name="rounds"/> rounds, with early stopping and its inner hold-out off.</summary>
    ILearner<TModel> WithRounds(int rounds);
}
