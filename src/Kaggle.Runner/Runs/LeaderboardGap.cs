namespace Kaggle.Runner.Runs;

/// <summary>
/// How a run's public leaderboard score compares with its cross-validation: <see cref="Gap"/> is public score minus
/// CV mean, signed so that a positive gap means the leaderboard scored the run better than CV did (whatever the
/// metric's direction), and <see cref="Surprising"/> says the gap is larger than the fold spread explains.
/// </summary>
public sealed record LeaderboardGap(double Gap, double Limit, bool Surprising)
{
    /// <summary>
    /// How many fold standard deviations a gap may reach before it is flagged. The public leaderboard scores one
    /// held-out sample, much as one fold does (titanic: 209 public rows against folds of 178), so the fold scores'
    /// std is the right yardstick, not the smaller std of their mean; were the leaderboard rows drawn like a fold,
    /// its score would land within 2 std of the CV mean about 95% of the time (normal approximation). A run outside
    /// that band points at a test set unlike train, a leak in CV, or a leaderboard too small to trust.
    /// </summary>
    public const double FoldStds = 2;

    /// <summary>The gap of <paramref name="run"/>, or null when it has no public score yet.</summary>
    public static LeaderboardGap? Of(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.PublicScore is not { } score) return null;
        var gap = (score - run.Cv.Mean) * (run.Cv.HigherIsBetter ? 1 : -1);
        var limit = FoldStds * run.Cv.Std;
        // With no spread (a single fold, or folds that all scored alike) there is nothing to judge the gap against.
        return new LeaderboardGap(gap, limit, limit > 0 && Math.Abs(gap) > limit);
    }
}
