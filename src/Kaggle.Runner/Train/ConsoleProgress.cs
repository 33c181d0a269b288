using Kaggle.Core.Validation;
using Spectre.Console;

namespace Kaggle.Runner.Train;

/// <summary>Draws one progress bar per model from cross-validation callbacks and hands fold reports to the run log.</summary>
internal sealed class ConsoleProgress(ProgressContext context, RunLog log) : ICrossValidationObserver
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    public void FoldStarted(string model, int step, int totalSteps)
    {
        if (!_tasks.TryGetValue(model, out var task))
            _tasks[model] = task = context.AddTask(Markup.Escape(model), maxValue: totalSteps);
        task.Description = Markup.Escape($"{model}: fold {step}/{totalSteps}");
    }

    public void FoldFinished(string model, FoldResult result) => Advance(model);

    public void RefitFinished(string model, int seed, double seconds) => Advance(model);

    public void FoldReported(string model, FoldReport report) => log.FoldReported(model, report);

    private void Advance(string model)
    {
        var task = _tasks[model];
        task.Increment(1);
        if (task.IsFinished) task.Description = Markup.Escape($"{model}: done");
    }
}
