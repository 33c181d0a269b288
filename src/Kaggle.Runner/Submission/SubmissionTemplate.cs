using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.Runner.Submission;

/// <summary>
/// The expected layout of a competition's submission, as text: its sample submission when competition.json names one;
/// otherwise the test file's key column(s), in the test file's order, followed by empty prediction columns. The
/// submission builder fills it and the gatekeeper checks against it, the same way in both cases.
/// </summary>
public static class SubmissionTemplate
{
    /// <summary>Reads the template from <paramref name="dataFolder"/> (data/&lt;slug&gt;).</summary>
    public static Frame Load(string dataFolder, CompetitionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.SampleFile is { } sampleName)
        {
            var sample = Read(dataFolder, sampleName);
            foreach (var key in config.Keys) Require(sample, key, sampleName);
            return sample;
        }
        var test = Read(dataFolder, config.Test);
        Column[] keys = config.IdIsRowNumber
            ? [new TextColumn(config.Keys[0], [.. Enumerable.Range(1, test.RowCount).Select(i => i.ToString(CultureInfo.InvariantCulture))])]
            : [.. config.Keys.Select(k => Require(test, k, config.Test))];
        var predictions = config.Submission!.Columns.Select(c => (Column)new TextColumn(c, new string?[test.RowCount]));
        return new Frame([.. keys, .. predictions]);
    }

    private static Frame Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} does not exist. Run the Download stage first (dotnet cake --target=Download --competition=<slug> --mirror=<dir>).", path);
        return CsvReader.Read(path, CsvReadOptions.AllText);
    }

    private static Column Require(Frame frame, string column, string file) =>
        frame.Contains(column) ? frame[column] : throw new InvalidDataException($"{file} has no column '{column}' (columns: {string.Join(", ", frame.Names)}).");
}
