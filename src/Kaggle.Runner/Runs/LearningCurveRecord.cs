namespace Kaggle.Runner.Runs;

/// <summary>
/// A boosting model's validation metric after each round (<see cref="Metric"/>, e.g. log-loss), averaged over the
/// fold fits that reached the round; <see cref="Fits"/> is how many fits reported a curve.
/// </summary>
public sealed record LearningCurveRecord(string Metric, int Fits, IReadOnlyList<double> Mean);
