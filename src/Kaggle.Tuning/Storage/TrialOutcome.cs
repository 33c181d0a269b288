using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Storage;

/// <summary>How a trial ended: its state, the fold scores, the value (null for a failed trial) and the error, if any.</summary>
public sealed record TrialOutcome(TrialState State, IReadOnlyList<double> FoldScores, double? Value, string? Error = null);
