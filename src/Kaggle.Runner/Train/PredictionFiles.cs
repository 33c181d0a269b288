using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Core.Validation;
using Kaggle.Runner.Submission;

namespace Kaggle.Runner.Train;

/// <summary>
/// Writes a run's predictions beside its record: <c>oof.csv</c> (id, target, each model's out-of-fold predictions),
/// <c>test.csv</c> (id, each model's fold-averaged test predictions) and <c>folds.csv</c> (id, the validation fold of
/// every row in every repeat). A composite key is written as its key columns instead of one id column. They are what a later stack or blend needs, and they let anyone re-score a run.
/// </summary>
internal static class PredictionFiles
{
    public static void Write(string folder, CompetitionData data, IReadOnlyList<string> keys, IReadOnlyList<CrossValidationResult> members, CrossValidationResult final)
    {
        var all = members.Contains(final) ? members : [.. members, final];
        var oof = new List<Column>(KeyColumns(keys, data.TrainIds)) { new NumericColumn("target", data.Target.ToArray()) };
        var test = new List<Column>(KeyColumns(keys, data.TestIds));
        foreach (var result in all)
        {
            oof.AddRange(Columns(result.Model, result.OutOfFold));
            if (result.Test is not null) test.AddRange(Columns(result.Model, result.Test));
        }
        var folds = new List<Column>(KeyColumns(keys, data.TrainIds));
        var assignments = final.Assignments;
        for (var r = 0; r < assignments.Count; r++)
            folds.Add(new NumericColumn("repeat_" + r.ToString(CultureInfo.InvariantCulture), assignments[r].Select(a => (double)a).ToArray()));

        CsvWriter.Write(new Frame(oof), Path.Combine(folder, "oof.csv"));
        CsvWriter.Write(new Frame(test), Path.Combine(folder, "test.csv"));
        CsvWriter.Write(new Frame(folds), Path.Combine(folder, "folds.csv"));
    }

    /// <summary>One <c>id</c> column for a single key; the key columns by name for a composite key.</summary>
    private static IEnumerable<Column> KeyColumns(IReadOnlyList<string> keys, IReadOnlyList<string> ids)
    {
        if (keys.Count <= 1) return [new TextColumn("id", [.. ids])];
        var parts = ids.Select(RowKeys.Parts).ToArray();
        return keys.Select((name, k) => (Column)new TextColumn(name, [.. parts.Select(p => p[k])]));
    }

    private static IEnumerable<Column> Columns(string model, Matrix predictions)
    {
        for (var c = 0; c < predictions.ColumnCount; c++)
        {
            var name = predictions.ColumnCount == 1 ? model : $"{model}_{c}";
            yield return new NumericColumn(name, predictions.Column(c));
        }
    }
}
