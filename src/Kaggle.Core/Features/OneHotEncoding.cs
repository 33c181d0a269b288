namespace Kaggle.Core.Features;

/// <summary>
/// How a fitted <see cref="OneHotEncoder"/> encodes one column.
/// </summary>
/// <param name="Column">The source column, replaced by the output columns.</param>
/// <param name="Levels">The levels with their own output column, in output order (after any dropped first level).</param>
/// <param name="OtherLevel">The name of the rare-level column, or null when no level was rare.</param>
/// <param name="RareLevels">The training levels grouped into <paramref name="OtherLevel"/>.</param>
/// <param name="HasMissingColumn">Whether a <c>=NA</c> column flags missing values.</param>
/// <param name="DroppedLevel">The first level, when its column was dropped (its rows are all zeros); otherwise null.</param>
public sealed record OneHotEncoding(
    string Column, IReadOnlyList<string> Levels, string? OtherLevel, IReadOnlyList<string> RareLevels, bool HasMissingColumn, string? DroppedLevel)
{
    /// <summary>The output column names, in order: <c>&lt;column&gt;=&lt;level&gt;</c>, then other, then NA.</summary>
    public IReadOnlyList<string> OutputNames
    {
        get
        {
            var names = Levels.Select(l => $"{Column}={l}").ToList();
            if (OtherLevel is not null) names.Add($"{Column}={OtherLevel}");
            if (HasMissingColumn) names.Add($"{Column}={OneHotEncoder.MissingLevel}");
            return names;
        }
    }
}
