using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kaggle.Autograd.Training;

/// <summary>The per-epoch log of a training run, in order; <see cref="MetricName"/> says what the metric column is.</summary>
public sealed class TrainingCurve(string metricName, IReadOnlyList<EpochRecord> epochs) : IReadOnlyList<EpochRecord>
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>"accuracy" for classifiers, "rmse" for regressors.</summary>
    public string MetricName { get; } = metricName;

    public int Count => epochs.Count;

    public EpochRecord this[int index] => epochs[index];

    public IEnumerator<EpochRecord> GetEnumerator() => epochs.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The curve as JSON: <c>{"metric": "accuracy", "epochs": [{"epoch": 1, "loss": …}, …]}</c>, for run records.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { metric = MetricName, epochs }, s_json);

    /// <summary>
    /// One line per epoch, for run records: <c>epoch 3: loss 0.08123, accuracy 0.97510, validation loss 0.09011,
    /// validation accuracy 0.97222, learning rate 0.001, 2.41 s</c>.
    /// </summary>
    public IReadOnlyList<string> ToLines() => [.. epochs.Select(Line)];

    private string Line(EpochRecord e)
    {
        var c = CultureInfo.InvariantCulture;
        var line = new StringBuilder();
        line.Append(c, $"epoch {e.Epoch}: loss {e.Loss:F5}, {MetricName} {e.Metric:F5}");
        if (e.ValidationLoss is { } validationLoss) line.Append(c, $", validation loss {validationLoss:F5}");
        if (e.ValidationMetric is { } validationMetric) line.Append(c, $", validation {MetricName} {validationMetric:F5}");
        line.Append(c, $", learning rate {e.LearningRate:G4}, {e.Seconds:F2} s");
        return line.ToString();
    }

    /// <summary>Reads a curve written by <see cref="ToJson"/>.</summary>
    public static TrainingCurve FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var epochs = root.GetProperty("epochs").EnumerateArray().Select(e => new EpochRecord(
            e.GetProperty("epoch").GetInt32(), Number(e, "loss") ?? double.NaN, Number(e, "metric") ?? double.NaN,
            Number(e, "validation_loss"), Number(e, "validation_metric"), Number(e, "learning_rate") ?? double.NaN,
            Number(e, "seconds") ?? double.NaN)).ToList();
        return new TrainingCurve(root.GetProperty("metric").GetString() ?? "", epochs);
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
