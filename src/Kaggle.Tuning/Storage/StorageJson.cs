using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kaggle.Tuning.Storage;

/// <summary>Parameters and fold scores as JSON text in the trials table (numbers round-trip; NaN allowed for a failed fold).</summary>
internal static class StorageJson
{
    private static readonly JsonSerializerOptions s_options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Parameters(IReadOnlyDictionary<string, object> values) => JsonSerializer.Serialize(values, s_options);

    public static string Folds(IReadOnlyList<double> scores) => JsonSerializer.Serialize(scores, s_options);

    public static IReadOnlyDictionary<string, object> ReadParameters(string json)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number when property.Value.TryGetInt64(out var n) && !property.Value.GetRawText().Contains('.', StringComparison.Ordinal)
                    && !property.Value.GetRawText().Contains('e', StringComparison.OrdinalIgnoreCase) => n,
                JsonValueKind.Number => property.Value.GetDouble(),
                _ => throw new FormatException($"Stored parameter '{property.Name}' is {property.Value.ValueKind}, not a number or text."),
            };
        return values;
    }

    public static double[] ReadFolds(string json) => JsonSerializer.Deserialize<double[]>(json, s_options) ?? [];

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
