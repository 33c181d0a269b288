using System.Text.Json;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Models;

/// <summary>Reads the scikit-learn fixtures under TestData/&lt;folder&gt;/ (each written by the script beside it).</summary>
internal static class GoldenJson
{
    public static JsonElement Load(string folder, string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", folder, file))).RootElement;

    public static double[] Doubles(this JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetDouble())];

    public static int[] Ints(this JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetInt32())];

    public static Matrix ToMatrix(this JsonElement rows) => Matrix.FromRows([.. rows.EnumerateArray().Select(Doubles)]);

    /// <summary>A nested array flattened row-major.</summary>
    public static double[] Flatten(this JsonElement rows) => [.. rows.EnumerateArray().SelectMany(Doubles)];

    public static int[] FlattenInts(this JsonElement rows) => [.. rows.EnumerateArray().SelectMany(Ints)];
}
