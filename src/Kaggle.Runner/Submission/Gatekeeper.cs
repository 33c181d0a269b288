using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.Runner.Submission;

/// <summary>
/// Checks a submission against the competition's sample submission before anything is written or uploaded:
/// the same header, the same ids in the same order (no missing, duplicate or extra ids), and every target value
/// present, finite and inside the metric's domain. Both frames are compared as text, exactly as Kaggle reads them.
/// </summary>
public static class Gatekeeper
{
    private const int MaxReported = 5;

    /// <summary>Every problem found (empty when the submission is acceptable).</summary>
    public static IReadOnlyList<string> Problems(Frame sample, Frame submission, SubmissionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        var expectedHeader = sample.Names.ToArray();
        var header = submission.Names.ToArray();
        if (!expectedHeader.SequenceEqual(header))
            problems.Add($"header is [{string.Join(",", header)}] but the sample submission's is [{string.Join(",", expectedHeader)}]");
        if (submission.RowCount == 0)
            problems.Add("the submission has no rows");
        if (!submission.Contains(spec.IdColumn) || !sample.Contains(spec.IdColumn))
        {
            problems.Add($"id column '{spec.IdColumn}' is missing");
            return problems;
        }
        CheckIds(sample[spec.IdColumn], submission[spec.IdColumn], problems);
        foreach (var target in spec.TargetColumns)
        {
            if (!submission.Contains(target))
            {
                problems.Add($"target column '{target}' is missing");
                continue;
            }
            CheckValues(submission[target], submission[spec.IdColumn], spec, problems);
        }
        return problems;
    }

    /// <summary>Throws <see cref="SubmissionRejectedException"/> listing every problem, naming <paramref name="source"/>.</summary>
    public static void Check(Frame sample, Frame submission, SubmissionSpec spec, string source)
    {
        var problems = Problems(sample, submission, spec);
        if (problems.Count > 0) throw new SubmissionRejectedException(source, problems);
    }

    private static void CheckIds(Column expected, Column actual, List<string> problems)
    {
        var expectedIds = Texts(expected);
        var actualIds = Texts(actual);
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
        if (duplicates.Count > 0) problems.Add($"{duplicates.Count} duplicate id(s): {Sample(duplicates)}");
        if (extra.Count > 0) problems.Add($"{extra.Count} id(s) not in the sample submission: {Sample(extra)}");
        if (missing.Count > 0) problems.Add($"{missing.Count} id(s) of the sample submission are missing: {Sample(missing!)}");
        if (duplicates.Count == 0 && extra.Count == 0 && missing.Count == 0 && emptyRows == 0 && !expectedIds.SequenceEqual(actualIds))
        {
            var first = Enumerable.Range(0, actualIds.Length).First(i => actualIds[i] != expectedIds[i]);
            problems.Add($"ids are not in the sample submission's order (row {first + 1} has id {actualIds[first]}, expected {expectedIds[first]})");
        }
    }

    private static void CheckValues(Column column, Column ids, SubmissionSpec spec, List<string> problems)
    {
        var bad = new List<string>();
        var allowed = new HashSet<string>(spec.Labels, StringComparer.Ordinal);
        for (var i = 0; i < column.Length; i++)
        {
            var text = column.Format(i);
            var reason = Validate(text, spec, allowed);
            if (reason is not null) bad.Add($"id {ids.Format(i)}: {reason}");
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

    private static string?[] Texts(Column column)
    {
        var texts = new string?[column.Length];
        for (var i = 0; i < texts.Length; i++) texts[i] = column.Format(i);
        return texts;
    }

    private static string Sample(List<string> values) =>
        string.Join(", ", values.Take(MaxReported)) + (values.Count > MaxReported ? $", ... ({values.Count - MaxReported} more)" : "");
}
