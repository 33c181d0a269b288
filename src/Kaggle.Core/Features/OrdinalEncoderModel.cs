using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="OrdinalEncoder"/>: the sorted training levels of each column (code = position).</summary>
public sealed class OrdinalEncoderModel : IFittedFeatureStep, IUnseenLevelCounter
{
    private readonly string[] _columns;
    private readonly Dictionary<string, IReadOnlyList<string>> _levels;

    internal OrdinalEncoderModel(string[] columns, Dictionary<string, IReadOnlyList<string>> levels)
    {
        _columns = columns;
        _levels = levels;
    }

    /// <summary>The levels of each encoded column; a level's code is its index.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Levels => _levels;

    public IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in _columns)
            LevelLookup.CountUnseen(frame[name], _levels[name], counts);
        return counts;
    }

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        foreach (var name in _columns)
        {
            var column = FeatureColumns.Require(frame, name, nameof(OrdinalEncoder), ColumnKind.Categorical, ColumnKind.Text);
            var rows = LevelLookup.Map(column, LevelLookup.IndexOf(_levels[name]));
            var values = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++) values[i] = rows[i] < 0 ? double.NaN : rows[i];
            replacements[name] = [new NumericColumn(name, values)];
        }
        return FeatureColumns.Splice(frame, replacements);
    }
}
