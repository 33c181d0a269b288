using Kaggle.Tuning.Pruning;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Storage;

namespace Kaggle.Tuning.Studies;

/// <summary>
/// The trial an objective runs: its parameters, and <see cref="Report"/> to call after every fold. Reporting stores the
/// fold score (which also refreshes the heartbeat) and asks the pruner, which may stop the trial by throwing
/// <see cref="TrialPrunedException"/>.
/// </summary>
public sealed class Trial
{
    private readonly List<double> _foldScores = [];
    private readonly IStudyStorage _storage;
    private readonly StudyInfo _study;
    private readonly MedianPruner? _pruner;
    private readonly ITuningObserver? _observer;

    internal Trial(TrialRecord record, StudyInfo study, IStudyStorage storage, MedianPruner? pruner, ITuningObserver? observer)
    {
        _observer = observer;
        Record = record;
        _study = study;
        _storage = storage;
        _pruner = pruner;
        Parameters = new TrialParameters(study.Definition.Name, record.Number, record.Parameters);
    }

    /// <summary>The stored trial as it was handed out.</summary>
    public TrialRecord Record { get; }

    /// <summary>The trial's number in its study.</summary>
    public int Number => Record.Number;

    /// <summary>The values to build the learner from, with the study and trial they come from.</summary>
    public TrialParameters Parameters { get; }

    /// <summary>The fold scores reported so far.</summary>
    public IReadOnlyList<double> FoldScores => _foldScores;

    /// <summary>The mean of the fold scores so far (NaN before the first).</summary>
    public double RunningMean => _foldScores.Count == 0 ? double.NaN : _foldScores.Average();

    /// <summary>
    /// Records the next fold's score; throws <see cref="TrialPrunedException"/> when the trial should stop here. After the
    /// <paramref name="lastFold"/> there is nothing left to save, so the trial completes whatever its score.
    /// </summary>
    public void Report(double foldScore, bool lastFold = false)
    {
        _foldScores.Add(foldScore);
        if (!_storage.Report(Record.Id, _foldScores))
            throw new TrialLostException($"Trial {Number} is no longer this worker's: its heartbeat expired and it was re-queued.");
        _observer?.FoldScored(Record, _foldScores.Count, foldScore);
        var step = _foldScores.Count - 1;
        if (!lastFold && _pruner is not null && _pruner.ShouldPrune(step, RunningMean, _storage.Trials(_study.Id), _study.Definition.Maximize))
            throw new TrialPrunedException($"Trial {Number} pruned after fold {step + 1}: running CV {RunningMean:G6} is worse than the median.") { Step = step };
    }
}
