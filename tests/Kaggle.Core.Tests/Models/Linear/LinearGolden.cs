using System.Text.Json;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Models.Linear;

/// <summary>
/// The scikit-learn reference fits in TestData/Linear/linear_golden.json (written by make_linear_golden.py beside it):
/// a 40 × 3 fixture with regression, binary and 3-class targets and sample weights.
/// </summary>
internal static class LinearGolden
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Linear", "linear_golden.json"))).RootElement);

    public static Matrix X => Matrix.FromRows([.. s_root.Value.GetProperty("x").EnumerateArray().Select(Doubles)]);

    public static double[] Vector(string name) => Doubles(s_root.Value.GetProperty(name));

    /// <summary>A fitted case's coefficients, flattened row-major when scikit-learn stores a matrix.</summary>
    public static double[] Coefficients(string name) => Flatten(s_root.Value.GetProperty(name).GetProperty("coef"));

    public static double[] Intercepts(string name)
    {
        var intercept = s_root.Value.GetProperty(name).GetProperty("intercept");
        return intercept.ValueKind == JsonValueKind.Array ? Doubles(intercept) : [intercept.GetDouble()];
    }

    /// <summary>A number stored in a fitted case (e.g. the alpha a CV learner chose).</summary>
    public static double Scalar(string name, string field) => s_root.Value.GetProperty(name).GetProperty(field).GetDouble();

    /// <summary>An array stored in a fitted case.</summary>
    public static double[] Field(string name, string field) => Doubles(s_root.Value.GetProperty(name).GetProperty(field));

    /// <summary>scikit-learn's predict_proba on the first rows, flattened row-major.</summary>
    public static double[] Probabilities(string name) => Flatten(s_root.Value.GetProperty(name).GetProperty("proba"));

    private static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetDouble())];

    private static double[] Flatten(JsonElement array) =>
        [.. array.EnumerateArray().SelectMany(v => v.ValueKind == JsonValueKind.Array ? Doubles(v) : [v.GetDouble()])];
}
