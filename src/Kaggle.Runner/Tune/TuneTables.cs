using System.Globalization;
using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Studies;
using Spectre.Console;

namespace Kaggle.Runner.Tune;

/// <summary>The end of a tune: the best trials as a table, the best parameters, and the line that adopts them in code.</summary>
internal static class TuneTables
{
    public static Table Best(IReadOnlyList<TrialRecord> trials, bool maximize, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var table = new Table().Title("best trials").AddColumns("rank", "trial", "state", "CV", "folds", "seconds", "worker", "parameters");
        var rank = 0;
        foreach (var trial in TpeSampler.Rank(trials, maximize).Take(top))
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture), trial.Number.ToString(CultureInfo.InvariantCulture), trial.State.ToString().ToLowerInvariant(),
                trial.Value?.ToString("F5", CultureInfo.InvariantCulture) ?? "", trial.FoldScores.Count.ToString(CultureInfo.InvariantCulture),
                (trial.Seconds ?? 0).ToString("F1", CultureInfo.InvariantCulture), Markup.Escape(trial.Worker ?? ""),
                Markup.Escape(new TrialParameters("", trial.Number, trial.Parameters).ToString()));
        return table;
    }

    /// <summary>How many trials ended in each state, and the elapsed wall time from the first start to the last end.</summary>
    public static string Summary(IReadOnlyList<TrialRecord> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var counts = string.Join(", ", Enum.GetValues<TrialState>().Select(s => $"{trials.Count(t => t.State == s)} {s.ToString().ToLowerInvariant()}"));
        var starts = trials.Where(t => t.Started is not null).Select(t => t.Started!.Value).ToList();
        var ends = trials.Where(t => t.Finished is not null).Select(t => t.Finished!.Value).ToList();
        var wall = starts.Count == 0 || ends.Count == 0 ? 0 : (ends.Max() - starts.Min()).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"{counts}; wall time {wall:F0} s from the first start to the last end");
    }

    /// <summary>C# that adopts <paramref name="best"/> in a competition: <c>Tunable.Spec(new TrialParameters(…))</c>.</summary>
    public static string Adoption(string study, string model, TrialRecord best)
    {
        ArgumentNullException.ThrowIfNull(best);
        var values = string.Join(", ", best.Parameters.Select(kv => $"[\"{kv.Key}\"] = {TrialParameters.Format(kv.Value)}{(kv.Value is long ? "L" : "")}"));
        return $"Tunables(context).Single(t => t.Name == \"{model}\").Spec(new TrialParameters(\"{study}\", {best.Number}, new Dictionary<string, object> {{ {values} }}))";
    }
}
