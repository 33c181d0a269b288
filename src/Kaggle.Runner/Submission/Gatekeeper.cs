using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.Runner.Submission;

/// <summary>
/// Checks a submission against the expected layout before anything is written or uploaded: the same header, the same
/// keys in the same order (no missing, duplicate or extra keys; a composite key counts as one), and every target value
/// present, finite and inside the metric's domain. The expected layout (<see cref="SubmissionTemplate"/>) is the
/// sample submission when the competition has one, else the test file's keys, so both cases are checked alike. Both
/// frames are compared as text, exactly as Kaggle reads them.
/// </summary>
public static class Gatekeeper
{
    private const int MaxReported = 5;

    /// <summary>Every problem found (empty when the submission is acceptable).</summary>
    public static IReadOnlyList<string> Problems(Frame expected, Frame submission, SubmissionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        var expectedHeader = expected.Names.ToArray();
        var header = submission.Names.ToArray();
        if (!expectedHeader.SequenceEqual(header))
            problems.Add($"header is [{string.Join(",", header)}] but the expected header (the sample submission's, or keys and prediction columns) is [{string.Join(",", expectedHeader)}]");
        if (submission.RowCount == 0)
            problems.Add("the submission has no rows");
        if (spec.KeyColumns.FirstOrDefault(k => !submission.Contains(k) || !expected.Contains(k)) is { } absent)
        {
            problems.Add($"id column '{absent}' is missing");
            return problems;
        }
        var keys = RowKeys.Of(submission, spec.KeyColumns);
        CheckIds(RowKeys.Of(expected, spec.KeyColumns), keys, problems);
        foreach (var target in spec.TargetColumns)
        {
            if (!submission.Contains(target))
            {
                problems.Add($"target column '{target}' is missing");
                continue;
            }
            CheckValues(submission[target], keys, spec, problems);
        }
        return problems;
    }

    /// <summary>Throws <see cref="SubmissionRejectedException"/> listing every problem, naming <paramref name="source"/>.</summary>
    public static void Check(Frame expected, Frame submission, SubmissionSpec spec, string source)
    {
        var problems = Problems(expected, submission, spec);
        if (problems.Count > 0) throw new SubmissionRejectedException(source, problems);
    }

    private static void CheckIds(string?[] expectedIds, string?[] actualIds, List<string> problems)
    {
        var expectedSet = new HashSet<string>(expectedIds.Where(s => s is not null)!, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var extra = new List<string>();
        var emptyRows = 0;
        foreach (var id in actualIds)
        {
            if (id is null) { emptyRows++; continue; }
            if (!seen.Add(id)) duplicates.Add(id);
            if (!expectedSet.Contains(id)) extra.Add(id);
        }
        var missing = expectedIds.Where(id => id is not null && !seen.Contains(id)).ToList();
        if (emptyRows > 0) problems.Add($"{emptyRows} row(s) have an empty id");
        if (duplicates.Count > 0) problems.Add($"{duplicates.Count} duplicate id(s): {Keys(duplicates)}");
        if (extra.Count > 0) problems.Add($"{extra.Count} id(s) not expected (not in the sample submission or test file): {Keys(extra)}");
        if (missing.Count > 0) problems.Add($"{missing.Count} expected id(s) are missing: {Keys(missing!)}");
        if (duplicates.Count == 0 && extra.Count == 0 && missing.Count == 0 && emptyRows == 0 && !expectedIds.SequenceEqual(actualIds))
        {
            var first = Enumerable.Range(0, actualIds.Length).First(i => actualIds[i] != expectedIds[i]);
            problems.Add($"ids are not in the expected order (row {first + 1} has id {RowKeys.Display(actualIds[first])}, expected {RowKeys.Display(expectedIds[first])})");
        }
    }

    private static void CheckValues(Column column, string?[] keys, SubmissionSpec spec, List<string> problems)
    {
        var bad = new List<string>();
        var allowed = new HashSet<string>(spec.Labels, StringComparer.Ordinal);
        for (var i = 0; i < column.Length; i++)
        {
            var text = column.Format(i);
            var reason = Validate(text, spec, allowed);
            if (reason is not null) bad.Add($"id {RowKeys.Display(keys[i])}: {reason}");
        }
        if (bad.Count > 0)
            problems.Add($"column '{column.Name}' has {bad.Count} invalid value(s): {Sample(bad)}");
    }

    private static string? Validate(string? text, SubmissionSpec spec, HashSet<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(text)) return "empty value";
        if (spec.Kind == SubmissionKind.Label)
            return allowed.Count == 0 || allowed.Contains(text) ? null : $"'{text}' is not one of the labels {{{string.Join(", ", spec.Labels)}}}";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return $"'{text}' is not a number";
        if (!double.IsFinite(value)) return $"'{text}' is not finite";
        if (spec.Kind == SubmissionKind.Probability && (value < 0 || value > 1)) return $"{text} is not a probability in [0, 1]";
        if (spec.RequirePositive && value <= 0) return $"{text} is not positive (the metric takes logarithms)";
        return null;
    }

    private static string Keys(List<string> keys) => Sample(keys.Select(RowKeys.Display).ToList());

    private static string Sample(List<string> values) =>
        string.Join(", ", values.Take(MaxReported)) + (values.Count > MaxReported ? $", ... ({values.Count - MaxReported} more)" : "");
}
