namespace Kaggle.Tuning.Space;

/// <summary>
/// One hyper-parameter of a search space: its name, its range and, for a conditional parameter, the earlier categorical
/// parameter (<paramref name="Parent"/>) and the choices of it (<paramref name="ParentValues"/>) under which it exists.
/// </summary>
public sealed record SearchParameter(string Name, IDistribution Distribution, string? Parent = null, IReadOnlyList<string>? ParentValues = null)
{
    /// <summary>The canonical text: <c>name: range</c>, plus <c> if parent in [a, b]</c> for a conditional parameter.</summary>
    public string Describe() =>
        $"{Name}: {Distribution.Describe()}" + (Parent is null ? "" : $" if {Parent} in [{string.Join(", ", ParentValues ?? [])}]");

    /// <summary>Whether the parameter exists given the values already sampled for the earlier parameters.</summary>
    public bool IsActive(IReadOnlyDictionary<string, object> earlier) =>
        Parent is null || (earlier.TryGetValue(Parent, out var value) && (ParentValues ?? []).Contains(value as string ?? ""));
}
