using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Runner.Submission;

namespace Kaggle.Runner;

/// <summary>
/// A competition's files read and checked: the training features (without key columns and target), the target as
/// numbers (class indices for classification), the test features (without keys), the row keys of both files
/// (<see cref="RowKeys"/>: an id, or a composite key), the submission's expected layout, and the optional group of each
/// training row.
/// </summary>
public sealed record CompetitionData
{
    public required Frame Train { get; init; }

    public required double[] Target { get; init; }

    public required Frame Test { get; init; }

    public required IReadOnlyList<string> TestIds { get; init; }

    public required IReadOnlyList<string> TrainIds { get; init; }

    /// <summary>The submission's expected layout (<see cref="SubmissionTemplate"/>): the sample submission or the test keys.</summary>
    public required Frame Template { get; init; }

    public int[]? Groups { get; init; }

    /// <summary>Reads train, test and the submission template from <paramref name="folder"/>, checking every contract a stage relies on.</summary>
    public static CompetitionData Load(string folder, CompetitionConfig config, CsvReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var train = ReadFile(folder, config.Train, options);
        // The training file defines the schema: where the test file's inferred kind of a column differs, it is read
        // again with the training kind, so a column never changes kind between the two (and a test value that does not
        // fit is a clear parse error naming file, line and column).
        var test = ReadFile(folder, config.Test, options);
        var differing = test.Columns.Where(c => train.Contains(c.Name) && train[c.Name].Kind != c.Kind).ToArray();
        if (differing.Length > 0)
        {
            var kinds = new Dictionary<string, ColumnKind>(options.Kinds, StringComparer.Ordinal);
            foreach (var column in differing) kinds[column.Name] = train[column.Name].Kind;
            test = ReadFile(folder, config.Test, options with { Kinds = kinds });
        }
        RequireColumn(train, config.Target, config.Train);
        if (!config.IdIsRowNumber)
            foreach (var key in config.Keys)
            {
                RequireColumn(train, key, config.Train);
                RequireColumn(test, key, config.Test);
            }
        var template = SubmissionTemplate.Load(folder, config);
        if (train.RowCount == 0) throw new InvalidDataException($"{config.Train} has no data rows.");
        if (test.RowCount == 0) throw new InvalidDataException($"{config.Test} has no data rows; there is nothing to predict.");

        var features = train.Without(config.Target);
        var absent = features.Names.Where(n => !test.Contains(n)).ToArray();
        if (absent.Length > 0)
            throw new InvalidDataException($"{config.Test} lacks column(s) that {config.Train} has: {string.Join(", ", absent)}.");

        // A group column of the file is read here; one that Prepare derives (a family from tickets and surnames) is
        // coded after preparation (PrepareStep), which then checks that the column exists somewhere.
        var groups = config.Cv.Groups is { } groupColumn && train.Contains(groupColumn) ? GroupCodes(train, groupColumn) : null;
        var testIds = config.IdIsRowNumber ? RowNumbers(test.RowCount) : Keys(test, config.Keys, config.Test);
        TestKeyCheck.Run(testIds, template, config);
        return new CompetitionData
        {
            Train = features.Select(features.Names.Where(n => !config.Keys.Contains(n)).ToArray()),
            Target = TargetValues(train[config.Target], config),
            Test = test.Select(features.Names.Where(n => !config.Keys.Contains(n)).ToArray()),
            TestIds = testIds,
            TrainIds = config.IdIsRowNumber ? RowNumbers(train.RowCount) : Keys(train, config.Keys, config.Train),
            Template = template,
            Groups = groups,
        };
    }

    /// <summary>The target as numbers: the value itself for regression, else the index of its label in the config's labels.</summary>
    public static double[] TargetValues(Column column, CompetitionConfig config)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(config);
        var y = new double[column.Length];
        var unexpected = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < y.Length; i++)
        {
            if (column.IsMissing(i))
                throw new InvalidDataException($"{config.Train} data row {i + 1}: the target '{column.Name}' is missing.");
            var text = column.Format(i)!;
            if (config.Task == TaskKind.Regression)
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out y[i]) || !double.IsFinite(y[i]))
                    throw new InvalidDataException($"{config.Train} data row {i + 1}: the target '{column.Name}' is '{text}', not a finite number.");
                continue;
            }
            var label = IndexOfLabel(config.Labels, text);
            if (label < 0) unexpected.Add(text);
            y[i] = label;
        }
        if (unexpected.Count > 0)
            throw new InvalidDataException(
                $"{config.Train}: the target '{column.Name}' has value(s) {string.Join(", ", unexpected.Take(10))} outside the labels {{{string.Join(", ", config.Labels)}}} of competition.json.");
        return y;
    }

    private static int IndexOfLabel(IReadOnlyList<string> labels, string text)
    {
        for (var k = 0; k < labels.Count; k++)
            if (labels[k] == text) return k;
        // A numeric column formats 1 as "1" but may have been written "1.0".
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            for (var k = 0; k < labels.Count; k++)
                if (double.TryParse(labels[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var label) && label == number)
                    return k;
        return -1;
    }

    private static Frame ReadFile(string folder, string name, CsvReadOptions options)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} does not exist. Run the Download stage first (dotnet cake --target=Download --competition=<slug> --mirror=<dir>).", path);
        return CsvReader.Read(path, options);
    }

    private static void RequireColumn(Frame frame, string column, string file)
    {
        if (!frame.Contains(column))
            throw new InvalidDataException($"{file} has no column '{column}' (columns: {string.Join(", ", frame.Names)}).");
    }

    /// <summary>One integer per row, equal for rows with the same value of <paramref name="column"/> (missing values form one group).</summary>
    internal static int[] GroupCodes(Frame train, string column)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var source = train[column];
        var groups = new int[source.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            var key = source.Format(i) ?? "";
            if (!codes.TryGetValue(key, out groups[i])) codes[key] = groups[i] = codes.Count;
        }
        return groups;
    }

    private static string[] RowNumbers(int count) =>
        [.. Enumerable.Range(1, count).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private static string[] Keys(Frame frame, IReadOnlyList<string> keyColumns, string file)
    {
        var keys = RowKeys.Of(frame, keyColumns);
        var texts = new string[keys.Length];
        for (var i = 0; i < texts.Length; i++)
            texts[i] = keys[i] ?? throw new InvalidDataException($"{file} data row {i + 1} has no '{string.Join("' + '", keyColumns)}'.");
        return texts;
    }
}
