using System.Diagnostics;
using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Storage;

namespace Kaggle.Tuning.Studies;

/// <summary>
/// One worker of a study: it claims trials from the storage until the study's budget is handed out (or its time
/// limit passes), runs the objective on each with a heartbeat timer beating in the background, and stores the outcome.
/// Any number of workers, in any number of processes or machines, can run the same study against the same storage.
/// When the budget is handed out but other workers still run trials, it waits and watches: if one of them dies, its
/// trial is re-queued and this worker takes it, so no trial is lost.
/// </summary>
public sealed class TuningWorker(IStudyStorage storage, StudyInfo study, ISampler sampler, TuningSettings settings)
{
    /// <summary>
    /// Runs trials until none is left for this worker. The objective reports each fold through <see cref="Trial.Report"/>
    /// and returns the trial's value. Returns how many trials this worker ended (complete, pruned or failed).
    /// </summary>
    public int Run(Func<Trial, double> objective, ITuningObserver? observer = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var clock = Stopwatch.StartNew();
        var definition = study.Definition;
        var request = new ClaimRequest(settings.Trials, settings.Worker, settings.Grace,
            (finished, number) => sampler.Sample(definition.Space, finished, definition.Maximize, definition.Seed, number));
        var (ended, failuresInARow) = (0, 0);
        while (!cancellation.IsCancellationRequested && (settings.Timeout is not { } limit || clock.Elapsed < limit))
        {
            if (storage.Claim(study, request) is not { } record)
            {
                var running = storage.Trials(study.Id).Count(t => t.State == TrialState.Running);
                if (running == 0) break;
                observer?.Waiting(running);
                cancellation.WaitHandle.WaitOne(settings.Heartbeat);
                continue;
            }
            observer?.TrialStarted(record);
            var (outcome, failure) = RunOne(record, objective, observer);
            var lost = outcome is null || !storage.Finish(record.Id, outcome);
            var stored = storage.Trials(study.Id).FirstOrDefault(t => t.Id == record.Id) ?? record;
            observer?.TrialFinished(lost ? record with { State = TrialState.Failed, Error = "expired under this worker and re-queued" } : stored, lost);
            ended++;
            failuresInARow = outcome?.State == TrialState.Failed ? failuresInARow + 1 : 0;
            if (failure is not null && failuresInARow >= settings.MaxConsecutiveFailures)
                throw new InvalidOperationException($"{failuresInARow} trials in a row failed; the last: {failure.Message}", failure);
        }
        return ended;
    }

    private (TrialOutcome? Outcome, Exception? Failure) RunOne(TrialRecord record, Func<Trial, double> objective, ITuningObserver? observer)
    {
        var trial = new Trial(record, study, storage, settings.Pruner, observer);
        // The heartbeat runs beside the objective; a storage hiccup is ignored here (a missed beat only brings expiry closer).
        using var heartbeat = new Timer(_ =>
        {
#pragma warning disable CA1031 // A timer callback must not throw; the next beat or the trial's own writes will surface real errors.
            try { storage.Heartbeat(record.Id); } catch (Exception) { }
#pragma warning restore CA1031
        }, null, settings.Heartbeat, settings.Heartbeat);
        try
        {
            var value = objective(trial);
            return (new TrialOutcome(TrialState.Complete, trial.FoldScores, value), null);
        }
        catch (Exception e) when (Find<TrialPrunedException>(e) is not null)
        {
            return (new TrialOutcome(TrialState.Pruned, trial.FoldScores, trial.RunningMean), null);
        }
        catch (Exception e) when (Find<TrialLostException>(e) is not null)
        {
            return (null, null);
        }
#pragma warning disable CA1031 // A failing trial is recorded as failed with its message; repeated failures stop the worker (Run).
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (new TrialOutcome(TrialState.Failed, trial.FoldScores, null, $"{e.GetType().Name}: {e.Message}"), e);
        }
    }

    // An objective may wrap the pruning signal (a parallel loop's AggregateException, a stage's own exception).
    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
            if (e is AggregateException { InnerExceptions.Count: 1 } single) return Find<T>(single.InnerExceptions[0]);
        }
        return null;
    }
}
