using System.Text.Json;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Features.Text;

/// <summary>
/// The scikit-learn references in TestData/Text/text_golden.json (written by make_text_golden.py beside it): 20
/// training and 4 test tweets, the vectorizers' vocabularies, idf and matrices, and fitted sparse models.
/// </summary>
internal static class TextGolden
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Text", "text_golden.json"))).RootElement);

    public static string[] Texts(string name) => [.. s_root.Value.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    public static double[] TrainY => [.. s_root.Value.GetProperty("train_y").EnumerateArray().Select(e => e.GetDouble())];

    public static Frame Frame(string name) => new(new TextColumn("text", Texts(name)));

    public static JsonElement Vectorizer(string name) => s_root.Value.GetProperty("vectorizers").GetProperty(name);

    public static JsonElement Model(string name) => s_root.Value.GetProperty("models").GetProperty(name);

    public static double[] Doubles(JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetDouble())];

    /// <summary>A stored matrix (shape plus [row, column, value] triples) as a dense matrix.</summary>
    public static Matrix Dense(JsonElement element)
    {
        var shape = element.GetProperty("shape");
        var result = new Matrix(shape[0].GetInt32(), shape[1].GetInt32());
        foreach (var entry in element.GetProperty("entries").EnumerateArray())
            result[entry[0].GetInt32(), entry[1].GetInt32()] = entry[2].GetDouble();
        return result;
    }

    public static void AssertClose(Matrix expected, Matrix actual, double tolerance)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        for (var k = 0; k < expected.Values.Length; k++)
            Assert.True(Math.Abs(expected.Values[k] - actual.Values[k]) <= tolerance,
                $"[{k / expected.ColumnCount}, {k % expected.ColumnCount}]: expected {expected.Values[k]}, got {actual.Values[k]}");
    }
}
