using System.Globalization;

namespace Kaggle.Tuning.Space;

/// <summary>
/// The hyper-parameters of one trial (or adopted from one): values by name (double, long or string) and where they came
/// from, so a run record can name the study and trial. A competition adopts a tuned trial by writing it in code:
/// <c>new TrialParameters("gbdt-tpe", 23, new Dictionary&lt;string, object&gt; { ["learning_rate"] = 0.031, … })</c>.
/// </summary>
public sealed class TrialParameters(string study, int trial, IReadOnlyDictionary<string, object> values)
{
    /// <summary>The study the values come from.</summary>
    public string Study { get; } = study;

    /// <summary>The trial's number in its study.</summary>
    public int Trial { get; } = trial;

    /// <summary>The values by parameter name; a conditional parameter that was not active is absent.</summary>
    public IReadOnlyDictionary<string, object> Values { get; } = values;

    /// <summary>A real-valued parameter.</summary>
    public double Double(string name) => Convert.ToDouble(Get(name), CultureInfo.InvariantCulture);

    /// <summary>An integer parameter.</summary>
    public int Int(string name) => Convert.ToInt32(Get(name), CultureInfo.InvariantCulture);

    /// <summary>A categorical parameter.</summary>
    public string String(string name) => Convert.ToString(Get(name), CultureInfo.InvariantCulture) ?? "";

    /// <summary>Whether <paramref name="name"/> has a value (a conditional parameter may not).</summary>
    public bool Has(string name) => Values.ContainsKey(name);

    /// <summary><c>study gbdt-tpe trial 23</c>: the provenance a run record shows.</summary>
    public string Origin => $"study {Study} trial {Trial}";

    /// <summary><c>learning_rate=0.031, max_depth=4</c> in declaration order of the dictionary, invariant culture.</summary>
    public override string ToString() =>
        string.Join(", ", Values.Select(kv => $"{kv.Key}={Format(kv.Value)}"));

    /// <summary>A value as C# or table text: doubles round-trip, strings quoted.</summary>
    public static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => $"\"{s}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private object Get(string name) => Values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"{Origin} has no parameter '{name}' (it has: {string.Join(", ", Values.Keys)}).");
}
