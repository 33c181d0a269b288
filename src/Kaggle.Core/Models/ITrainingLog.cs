namespace Kaggle.Core.Models;

/// <summary>
/// A fitted model that can say how its training went, one line per epoch or checkpoint (loss, metric, learning rate,
/// time). Cross-validation collects the lines of every fold fit, and the Train stage writes them into the run record,
/// so a run's training curves can be read back beside its scores.
/// </summary>
public interface ITrainingLog
{
    /// <summary>The training log, in order, one line per epoch.</summary>
    IReadOnlyList<string> TrainingLog { get; }
}
