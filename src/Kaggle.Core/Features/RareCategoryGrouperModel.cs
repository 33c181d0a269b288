using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="RareCategoryGrouper"/>: the levels kept per column; every other level becomes the other level.</summary>
public sealed class RareCategoryGrouperModel : IFittedFeatureStep, IUnseenLevelCounter
{
    private readonly string[] _columns;
    private readonly Dictionary<string, IReadOnlyList<string>> _kept;
    private readonly Dictionary<string, IReadOnlyList<string>> _seen;

    internal RareCategoryGrouperModel(
        string[] columns, Dictionary<string, IReadOnlyList<string>> kept, Dictionary<string, IReadOnlyList<string>> seen, string otherLevel)
    {
        _columns = columns;
        _kept = kept;
        _seen = seen;
        OtherLevel = otherLevel;
    }

    public string OtherLevel { get; }

    /// <summary>The levels kept per column, sorted ordinally.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> KeptLevels => _kept;

    public IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in _columns)
            LevelLookup.CountUnseen(frame[name], _seen[name], counts);
        return counts;
    }

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var name in _columns)
        {
            var source = FeatureColumns.Require(frame, name, nameof(RareCategoryGrouper), ColumnKind.Categorical, ColumnKind.Text);
            var kept = _kept[name];
            // Output levels: the kept ones, then the other level; codes map straight into them.
            var categories = kept.Contains(OtherLevel) ? [.. kept] : kept.Append(OtherLevel).ToArray();
            var other = Array.IndexOf(categories, OtherLevel);
            var rows = LevelLookup.Map(source, LevelLookup.IndexOf(kept));
            var codes = new int[rows.Length];
            for (var i = 0; i < codes.Length; i++)
                codes[i] = rows[i] switch { LevelLookup.Missing => CategoricalColumn.MissingCode, LevelLookup.Unseen => other, var k => k };
            replacements[name] = [new CategoricalColumn(name, codes, categories)];
        }
        return FeatureColumns.Splice(frame, replacements);
    }
}
