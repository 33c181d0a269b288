namespace Kaggle.Core.Models;

/// <summary>
/// A fitted model that knows how many boosting rounds it kept (the best round + 1 after early stopping), so that a
/// refit on all training rows (<c>ModelSpec.Refit</c>) can train for the mean of the fold models' rounds.
/// </summary>
public interface IRoundCount
{
    /// <summary>Rounds the model predicts with.</summary>
    int Rounds { get; }
}
