using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.Runner.Submission;

/// <summary>
/// Turns predictions into a submission frame laid out exactly like the expected layout (<see cref="SubmissionTemplate"/>:
/// the sample submission, or the test file's keys): its header, its keys in its order (test rows are matched to
/// template rows by key, composite keys included), and target values formatted in the invariant culture with
/// round-trip precision, so the same predictions always give the same bytes.
/// </summary>
public static class SubmissionBuilder
{
    /// <param name="template">The expected layout (any column kinds): key columns, prediction columns, maybe others.</param>
    /// <param name="testIds">The key of each test row (<see cref="RowKeys"/>), in the order of <paramref name="predictions"/>.</param>
    /// <param name="predictions">Test rows × outputs (1 for regression and binary P(1), K for multiclass).</param>
    /// <param name="spec">The competition's submission layout.</param>
    public static Frame Build(Frame template, IReadOnlyList<string> testIds, Matrix predictions, SubmissionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(testIds);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(spec);
        if (testIds.Count != predictions.RowCount)
            throw new ArgumentException($"{testIds.Count} test ids but {predictions.RowCount} prediction rows.", nameof(testIds));
        // Labels are derived from probabilities, so a NaN must be caught here: NaN >= 0.5 would quietly become class 0.
        var nonFinite = new List<string>();
        for (var i = 0; i < predictions.RowCount; i++)
            foreach (var v in predictions.Row(i))
                if (!double.IsFinite(v)) { nonFinite.Add($"id {RowKeys.Display(testIds[i])}: {v}"); break; }
        if (nonFinite.Count > 0)
            throw new SubmissionRejectedException("predictions", [$"{nonFinite.Count} test row(s) have a non-finite prediction: {string.Join(", ", nonFinite.Take(5))}"]);
        var rowOf = new Dictionary<string, int>(testIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < testIds.Count; i++)
            if (!rowOf.TryAdd(testIds[i], i))
                throw new ArgumentException($"Test id {RowKeys.Display(testIds[i])} appears twice in the test file.", nameof(testIds));

        var templateIds = RowKeys.Of(template, spec.KeyColumns);
        var columns = new List<Column>();
        foreach (var name in template.Names)
        {
            var values = new string?[template.RowCount];
            var targetIndex = IndexOf(spec.TargetColumns, name);
            for (var r = 0; r < values.Length; r++)
            {
                var id = templateIds[r] ?? throw new InvalidDataException($"The sample submission's row {r + 1} has no id.");
                if (targetIndex < 0) { values[r] = template[name].Format(r); continue; }
                if (!rowOf.TryGetValue(id, out var row))
                    throw new InvalidDataException($"The sample submission has id {RowKeys.Display(id)}, which the test file does not.");
                values[r] = Format(predictions.Row(row), targetIndex, spec);
            }
            columns.Add(new TextColumn(name, values));
        }
        return new Frame(columns);
    }

    private static string Format(ReadOnlySpan<double> output, int targetIndex, SubmissionSpec spec)
    {
        switch (spec.Kind)
        {
            case SubmissionKind.Label:
                var label = output.Length == 1 ? (output[0] >= 0.5 ? 1 : 0) : ArgMax(output);
                if (spec.Labels.Count == 0) return label.ToString(CultureInfo.InvariantCulture);
                if (label >= spec.Labels.Count)
                    throw new InvalidOperationException($"Predicted class {label} but the submission knows {spec.Labels.Count} labels.");
                return spec.Labels[label];
            case SubmissionKind.Probability:
                var p = output.Length == 1 ? output[0] : output[targetIndex];
                return p.ToString("R", CultureInfo.InvariantCulture);
            default:
                return output[0].ToString("R", CultureInfo.InvariantCulture);
        }
    }

    private static int ArgMax(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var k = 1; k < values.Length; k++)
            if (values[k] > values[best]) best = k;
        return best;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var k = 0; k < names.Count; k++)
            if (names[k] == name) return k;
        return -1;
    }
}
