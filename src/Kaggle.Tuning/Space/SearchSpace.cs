using System.Security.Cryptography;
using System.Text;

namespace Kaggle.Tuning.Space;

/// <summary>
/// The hyper-parameter ranges of one model, declared in code beside the learner they configure:
/// <code>
/// new SearchSpace()
///     .LogUniform("learning_rate", 0.01, 0.3)
///     .Int("max_depth", 2, 8)
///     .Categorical("loss", "squared", "huber")
///     .When("loss", ["huber"], s => s.LogUniform("huber_delta", 0.02, 1))
/// </code>
/// Parameters are sampled in declaration order, so a conditional parameter follows the categorical it depends on. The
/// <see cref="Fingerprint"/> of the canonical text is stored with a study, and every worker must declare the same space.
/// </summary>
public sealed class SearchSpace
{
    private readonly List<SearchParameter> _parameters = [];

    /// <summary>The parameters in sampling order.</summary>
    public IReadOnlyList<SearchParameter> Parameters => _parameters;

    /// <summary>A real number uniform in [low, high].</summary>
    public SearchSpace Uniform(string name, double low, double high) => Add(name, new FloatDistribution(low, high));

    /// <summary>A positive real number whose logarithm is uniform (learning rates, regularisation strengths).</summary>
    public SearchSpace LogUniform(string name, double low, double high)
    {
        if (!(low > 0)) throw new ArgumentOutOfRangeException(nameof(low), low, $"{name}: a log-uniform range must start above 0.");
        return Add(name, new FloatDistribution(low, high, Log: true));
    }

    /// <summary>An integer in [low, high], uniform or (with <paramref name="log"/>) uniform in its logarithm.</summary>
    public SearchSpace Int(string name, long low, long high, bool log = false)
    {
        if (log && low < 1) throw new ArgumentOutOfRangeException(nameof(low), low, $"{name}: a log-scaled integer range must start at 1 or more.");
        return Add(name, new IntDistribution(low, high, log));
    }

    /// <summary>One of <paramref name="choices"/>.</summary>
    public SearchSpace Categorical(string name, params string[] choices)
    {
        if (choices is not { Length: > 0 }) throw new ArgumentException($"{name}: give at least one choice.", nameof(choices));
        if (choices.Distinct(StringComparer.Ordinal).Count() != choices.Length)
            throw new ArgumentException($"{name}: the choices [{string.Join(", ", choices)}] repeat a value.", nameof(choices));
        return Add(name, new CategoricalDistribution([.. choices]));
    }

    /// <summary>Parameters that exist only when the categorical <paramref name="parent"/> took one of <paramref name="values"/>.</summary>
    public SearchSpace When(string parent, IReadOnlyList<string> values, Action<SearchSpace> declare)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(declare);
        var owner = _parameters.Find(p => p.Name == parent)
            ?? throw new ArgumentException($"Condition on '{parent}', which is not declared before it.", nameof(parent));
        if (owner.Distribution is not CategoricalDistribution categories)
            throw new ArgumentException($"Condition on '{parent}', which is not categorical.", nameof(parent));
        foreach (var value in values)
            if (!categories.Choices.Contains(value)) throw new ArgumentException($"'{value}' is not a choice of '{parent}'.", nameof(values));
        var inner = new SearchSpace();
        declare(inner);
        foreach (var p in inner._parameters)
        {
            CheckName(p.Name);
            // A parameter nested under an inner condition keeps that one: its inner parent is itself conditional on ours.
            _parameters.Add(p.Parent is null ? p with { Parent = parent, ParentValues = [.. values] } : p);
        }
        return this;
    }

    /// <summary>One line per parameter, in order: what the fingerprint is computed from and what a refusal shows.</summary>
    public string Describe() => string.Join("\n", _parameters.Select(p => p.Describe()));

    /// <summary>SHA-256 (hex, first 16 characters) of <see cref="Describe"/>: equal spaces give equal fingerprints on every machine.</summary>
    public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Describe())))[..16];

    private SearchSpace Add(string name, IDistribution distribution)
    {
        CheckName(name);
        if (distribution is FloatDistribution f && !(f.Low < f.High) || distribution is IntDistribution i && i.Low > i.High)
            throw new ArgumentException($"{name}: the range {distribution.Describe()} is empty.", nameof(distribution));
        _parameters.Add(new SearchParameter(name, distribution));
        return this;
    }

    private void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_parameters.Exists(p => p.Name == name)) throw new ArgumentException($"The parameter '{name}' is declared twice.", nameof(name));
    }
}
