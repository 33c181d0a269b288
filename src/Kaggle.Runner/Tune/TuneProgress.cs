using System.Globalization;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Studies;
using Spectre.Console;

namespace Kaggle.Runner.Tune;

/// <summary>One line per finished trial (state, value, folds, time, the best so far) and a note while waiting on other workers.</summary>
internal sealed class TuneProgress(IAnsiConsole console, int budget, bool maximize) : ITuningObserver
{
    private double? _best;
    private int _bestNumber;
    private int _ended;

    public void TrialStarted(TrialRecord trial) =>
        console.MarkupLineInterpolated(
            $"[grey]trial {trial.Number}{(trial.RetryOf is { } r ? $" (retry of {r})" : "")}: {new TrialParameters("", trial.Number, trial.Parameters)}[/]");

    public void TrialFinished(TrialRecord finished, bool lost)
    {
        ArgumentNullException.ThrowIfNull(finished);
        _ended++;
        if (finished.State == TrialState.Complete && finished.Value is { } value && (_best is not { } best || (maximize ? value > best : value < best)))
            (_best, _bestNumber) = (value, finished.Number);
        var colour = finished.State switch { TrialState.Complete => "green", TrialState.Pruned => "yellow", _ => "red" };
        var what = lost ? "lost (expired, re-queued)" : finished.State.ToString().ToLowerInvariant();
        var score = finished.Value is { } v ? v.ToString("F5", CultureInfo.InvariantCulture) : finished.Error ?? "";
        var leader = _best is { } b ? $"best {b.ToString("F5", CultureInfo.InvariantCulture)} (#{_bestNumber})" : "";
        console.MarkupLineInterpolated(
            $"[{colour}]trial {finished.Number} {what}[/] {score} after {finished.FoldScores.Count} fold(s), {finished.Seconds ?? 0:F1} s; this worker {_ended}, study budget {budget}; {leader}");
    }

    public void Waiting(int running) =>
        console.MarkupLineInterpolated($"[grey]budget handed out; waiting on {running} trial(s) of other workers (re-queued if they die)[/]");
}
