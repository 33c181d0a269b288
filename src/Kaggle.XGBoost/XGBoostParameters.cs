using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Kaggle.XGBoost;

/// <summary>
/// Extra XGBoost parameters passed verbatim to <c>XGBoosterSetParam</c>, for anything the typed learner properties do
/// not cover (<c>gamma</c>, <c>max_delta_step</c>, <c>scale_pos_weight</c>, <c>colsample_bylevel</c>,
/// <c>monotone_constraints</c>, ...; see <see href="https://xgboost.readthedocs.io/en/release_1.7.0/parameter.html"/>).
/// Immutable, sorted by name, and compared by content, so learners holding equal parameters are equal records.
/// Build with <c>XGBoostParameters.Empty.With("gamma", "0.5")</c> or a collection expression of key/value pairs.
/// An unknown name fails the fit with XGBoost's "Parameters: { ... } are not used" message; a bad value with XGBoost's own error.
/// </summary>
[CollectionBuilder(typeof(XGBoostParameters), nameof(Create))]
public sealed class XGBoostParameters : IReadOnlyDictionary<string, string>, IEquatable<XGBoostParameters>
{
    private readonly ImmutableSortedDictionary<string, string> _items;

    private XGBoostParameters(ImmutableSortedDictionary<string, string> items) => _items = items;

    /// <summary>Creates parameters from name/value pairs; a name given twice is an error.</summary>
    public XGBoostParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            Check(name, value);
            if (!builder.TryAdd(name, value))
                throw new ArgumentException($"The XGBoost parameter '{name}' is given twice.", nameof(parameters));
        }
        _items = builder.ToImmutable();
    }

    /// <summary>No extra parameters.</summary>
    public static XGBoostParameters Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The collection-expression builder: <c>XGBoostParameters p = [new("gamma", "0.5")];</c>.</summary>
    public static XGBoostParameters Create(ReadOnlySpan<KeyValuePair<string, string>> parameters) => new(parameters.ToArray());

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Keys;

    public IEnumerable<string> Values => _items.Values;

    public string this[string key] => _items[key];

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/> (replacing an earlier value).</summary>
    public XGBoostParameters With(string name, string value)
    {
        Check(name, value);
        return new(_items.SetItem(name, value));
    }

    /// <summary>A copy without <paramref name="name"/>.</summary>
    public XGBoostParameters Without(string name) => new(_items.Remove(name));

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _items.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(XGBoostParameters? other)
    {
        if (other is null || other.Count != Count) return false;
        foreach (var (name, value) in _items)
            if (!other._items.TryGetValue(name, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
                return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as XGBoostParameters);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (name, value) in _items)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <summary>For example <c>{ gamma = 0.5, max_delta_step = 1 }</c>, or <c>{ }</c> when empty.</summary>
    public override string ToString() =>
        Count == 0 ? "{ }" : "{ " + string.Join(", ", _items.Select(p => $"{p.Key} = {p.Value}")) + " }";

    private static void Check(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
    }
}
