namespace Kaggle.Runner;

/// <summary>
/// What a competition's <see cref="Competition.Build"/> may know about the run: only whether it is a fast smoke run
/// (so it can shrink budgets: fewer trees, rounds or epochs). Which rows a fast run uses is not the competition's
/// code but its competition.json (<see cref="FastConfig"/>); paths, mirrors and upload options never reach it.
/// </summary>
/// <param name="Fast">True for a <c>--fast</c> run (CI): a quick run on a subset, never uploaded.</param>
public sealed record BuildContext(bool Fast);
