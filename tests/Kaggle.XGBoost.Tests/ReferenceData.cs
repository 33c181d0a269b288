using System.Globalization;
using System.Text.Json;
using Kaggle.Core.Data;

namespace Kaggle.XGBoost.Tests;

/// <summary>
/// The golden fixture written by <c>TestData/make_reference.py</c>: 200 rows × 6 features (5% NaN) with four targets,
/// the first 160 rows for training and the last 40 for prediction, and the python binding's predictions.
/// </summary>
internal static class ReferenceData
{
    public const int TrainRows = 160;

    private static readonly Lazy<(Matrix X, Dictionary<string, double[]> Targets)> s_data = new(Read);
    private static readonly Lazy<JsonDocument> s_predictions = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "reference_predictions.json"))));

    public static Matrix Train => s_data.Value.X.Rows(Enumerable.Range(0, TrainRows).ToArray());

    public static Matrix Test => s_data.Value.X.Rows(Enumerable.Range(TrainRows, s_data.Value.X.RowCount - TrainRows).ToArray());

    public static double[] Target(string name) => s_data.Value.Targets[name][..TrainRows];

    public static int[] Groups => s_predictions.Value.RootElement.GetProperty("groups").EnumerateArray().Select(e => e.GetInt32()).ToArray();

    /// <summary>The python predictions stored under <paramref name="name"/>, flattened row-major.</summary>
    public static double[] Expected(string name)
    {
        var element = s_predictions.Value.RootElement.GetProperty(name);
        return element.EnumerateArray()
            .SelectMany(e => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(v => v.GetDouble()) : [e.GetDouble()])
            .ToArray();
    }

    private static (Matrix, Dictionary<string, double[]>) Read()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "reference_data.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(Parse).ToArray()).ToArray();
        var features = header.Count(h => h.StartsWith('f'));
        var x = Matrix.FromRows(rows.Select(r => r[..features]).ToArray());
        var targets = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var j = features; j < header.Length; j++)
            targets[header[j]] = rows.Select(r => r[j]).ToArray();
        return (x, targets);
    }

    private static double Parse(string text) =>
        text == "nan" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
