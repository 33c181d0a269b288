using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Replaces categorical (or text) columns by numbers from an explicit level→number mapping, e.g. the quality scale
/// Ex=5, Gd=4, TA=3, Fa=2, Po=1. Missing values become <see cref="MissingValue"/> (default 0: in many data sets
/// "NA" means "none", such as no basement); a level the mapping lacks is handled by <see cref="Unknown"/>.
/// Stateless: nothing is learned from the training rows, so the step is its own fitted step.
/// </summary>
public sealed record OrdinalMap : IFeatureStep, IFittedFeatureStep
{
    /// <summary>Maps each of <paramref name="columns"/> through <paramref name="mapping"/> (levels compared ordinally).</summary>
    public OrdinalMap(IReadOnlyDictionary<string, double> mapping, params string[] columns)
    {
        Mapping = mapping;
        Columns = columns;
    }

    /// <summary>The common quality scale of house and survey data: Ex=5, Gd=4, TA=3, Fa=2, Po=1.</summary>
    public static IReadOnlyDictionary<string, double> QualityScale { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["Ex"] = 5, ["Gd"] = 4, ["TA"] = 3, ["Fa"] = 2, ["Po"] = 1,
    };

    public IReadOnlyDictionary<string, double> Mapping { get; init; }

    public IReadOnlyList<string> Columns { get; init; }

    /// <summary>The number a missing value maps to (use <see cref="double.NaN"/> for "truly missing"). Default 0.</summary>
    public double MissingValue { get; init; }

    /// <summary>What to do with a level the mapping lacks. Default <see cref="UnknownLevel.Error"/>.</summary>
    public UnknownLevel Unknown { get; init; } = UnknownLevel.Error;

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(Mapping);
        ArgumentNullException.ThrowIfNull(Columns);
        var levels = Mapping.Keys.Order(StringComparer.Ordinal).ToArray();
        var lookup = LevelLookup.IndexOf(levels);
        var numbers = levels.Select(l => Mapping[l]).ToArray();
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var name in FeatureColumns.Resolve(frame, Columns, nameof(OrdinalMap), ColumnKind.Categorical, ColumnKind.Text))
        {
            var column = frame[name];
            var rows = LevelLookup.Map(column, lookup);
            var values = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                values[i] = rows[i] switch
                {
                    LevelLookup.Missing => MissingValue,
                    LevelLookup.Unseen when Unknown == UnknownLevel.NaN => double.NaN,
                    LevelLookup.Unseen => throw new ArgumentException(
                        $"OrdinalMap: column '{name}' row {i} holds level '{column.Format(i)}', which the mapping lacks. Known levels: {string.Join(", ", levels)}."),
                    var k => numbers[k],
                };
            }
            replacements[name] = [new NumericColumn(name, values)];
        }
        return FeatureColumns.Splice(frame, replacements);
    }
}
