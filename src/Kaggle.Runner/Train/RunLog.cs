using Kaggle.Core.Validation;

namespace Kaggle.Runner.Train;

/// <summary>
/// Collects what cross-validation reports beside the numbers (<see cref="FoldReport"/>) and turns it into the run
/// record's log lines per model: categories only in test (the test rows per column with a level the fold's training
/// rows lacked, over the fold fits), and under "&lt;model&gt; training" the fold fits' training logs.
/// </summary>
internal sealed class RunLog : ICrossValidationObserver
{
    private readonly List<string> _models = [];
    private readonly Dictionary<string, int> _fits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, List<int>>> _unseen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _training = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _notes = new(StringComparer.Ordinal);

    /// <summary>Per model, the feature importances and validation curves of its fold fits.</summary>
    public FitDiagnostics Diagnostics { get; } = new();

    /// <summary>The adversarial validation's result, once <see cref="AdversarialStep"/> ran.</summary>
    public Runs.AdversarialRecord? Adversarial { get; set; }

    /// <summary>Adds a line under <paramref name="topic"/> (e.g. the adversarial validation's AUC).</summary>
    public void Note(string topic, string line)
    {
        if (!_notes.TryGetValue(topic, out var lines)) _notes[topic] = lines = [];
        lines.Add(line);
    }

    public void FoldStarted(string model, int step, int totalSteps)
    {
    }

    public void FoldFinished(string model, FoldResult result)
    {
    }

    public void FoldReported(string model, FoldReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Diagnostics.Add(model, report);
        if (!_fits.TryGetValue(model, out var fit))
        {
            _models.Add(model);
            _unseen[model] = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            _training[model] = [];
        }
        _fits[model] = fit + 1;
        foreach (var (column, count) in report.UnseenTestLevels)
        {
            if (!_unseen[model].TryGetValue(column, out var counts)) _unseen[model][column] = counts = [];
            // Fits that did not report the column had no unseen level in it.
            while (counts.Count < fit) counts.Add(0);
            counts.Add(count);
        }
        _training[model].AddRange(report.TrainingLog.Select(line => report.Refit ? $"seed {report.Seed} refit on all rows: {line}" : $"seed {report.Seed} fold {report.Fold + 1}: {line}"));
    }

    /// <summary>The log lines per model, as recorded in run.json (models without anything to say are left out).</summary>
    public Dictionary<string, IReadOnlyList<string>> Lines()
    {
        var logs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var model in _models.Where(m => _unseen[m].Count > 0))
        {
            var fits = _fits[model];
            var parts = _unseen[model].Select(p =>
            {
                var counts = p.Value.Concat(Enumerable.Repeat(0, fits - p.Value.Count)).ToArray();
                var (min, max) = (counts.Min(), counts.Max());
                return min == max ? $"{p.Key} {min}" : $"{p.Key} {min}-{max}";
            });
            logs[model] = [$"categories only in test (test rows per column with a level the fold's training rows lacked, over {fits} fits; encoded as unseen): {string.Join(", ", parts)}"];
        }
        foreach (var model in _models.Where(m => _training[m].Count > 0))
            logs[model + " training"] = _training[model];
        foreach (var (topic, lines) in _notes) logs[topic] = lines;
        return logs;
    }
}
