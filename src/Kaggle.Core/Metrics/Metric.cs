namespace Kaggle.Core.Metrics;

/// <summary>The metric registry: maps the names used in competition.json and run records to metric instances.</summary>
public static class Metric
{
    private static readonly Dictionary<string, IMetric> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accuracy"] = new Accuracy(),
        ["logloss"] = new LogLoss(),
        ["auc"] = new RocAuc(),
        ["f1"] = new F1(),
        ["rmse"] = new Rmse(),
        ["rmsle"] = new Rmsle(),
        ["mae"] = new Mae(),
    };

    // Spellings seen in Kaggle pages and sklearn, accepted so a competition.json written either way works.
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["log_loss"] = "logloss",
        ["roc_auc"] = "auc",
        ["rocauc"] = "auc",
    };

    /// <summary>The canonical metric names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_byName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The metric called <paramref name="name"/> (case-insensitive; <c>log_loss</c>, <c>roc_auc</c> also accepted).
    /// Throws <see cref="ArgumentException"/> listing the known names when there is none.
    /// </summary>
    public static IMetric FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = s_aliases.GetValueOrDefault(name.Trim(), name.Trim());
        return s_byName.TryGetValue(key, out var metric)
            ? metric
            : throw new ArgumentException($"Unknown metric '{name}'. Known metrics: {string.Join(", ", Names)}.", nameof(name));
    }
}
