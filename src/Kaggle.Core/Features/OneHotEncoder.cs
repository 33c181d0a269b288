using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Replaces each categorical column by 0/1 columns named <c>&lt;column&gt;=&lt;level&gt;</c>, in place
/// (sklearn's <c>OneHotEncoder</c>). Levels are sorted (by value for numeric codes, ordinally otherwise), so the output columns do not depend on row order.
/// A level seen fewer than <see cref="MinCount"/> times, or in less than <see cref="MinFraction"/> of the training
/// rows, goes to one <c>&lt;column&gt;=&lt;OtherLevel&gt;</c> column (placed after the kept levels). At transform
/// time an unseen level goes to that column when it exists and to all zeros otherwise; it never throws.
/// Missing values get their own <c>&lt;column&gt;=NA</c> column when <see cref="MissingAsLevel"/> is set and the
/// training rows hold one; otherwise a missing value is all zeros.
/// </summary>
public sealed record OneHotEncoder : IFeatureStep
{
    /// <summary>The suffix level of the column that flags missing values.</summary>
    public const string MissingLevel = "NA";

    /// <summary>
    /// Encodes the named columns (categorical, text, or numeric codes such as a class number), or every categorical
    /// column when none are named.
    /// </summary>
    public OneHotEncoder(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to encode; null means every categorical column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Levels seen fewer times than this in the training rows are grouped as "other". Default 1 (no grouping).</summary>
    public int MinCount { get; init; } = 1;

    /// <summary>Levels seen in a smaller fraction of the training rows than this are grouped as "other". Default 0.</summary>
    public double MinFraction { get; init; }

    /// <summary>The level name of the rare-level column. Default <c>other</c>.</summary>
    public string OtherLevel { get; init; } = "other";

    /// <summary>Gives missing values their own <c>=NA</c> column (when the training rows have any). Default true.</summary>
    public bool MissingAsLevel { get; init; } = true;

    /// <summary>Drops the column of the first kept level (for unpenalised linear models). Default false.</summary>
    public bool DropFirst { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCount, 1);
        if (!(MinFraction is >= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(MinFraction), MinFraction, "MinFraction must be in [0, 1).");
        ArgumentException.ThrowIfNullOrEmpty(OtherLevel);
        var names = Columns is null
            ? FeatureColumns.Resolve(train, null, nameof(OneHotEncoder), ColumnKind.Categorical)
            : FeatureColumns.Resolve(train, Columns, nameof(OneHotEncoder), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
        var encodings = names.Select(name => Encode(train[name], train.RowCount)).ToArray();
        var model = new OneHotEncoderModel(encodings);
        return new FittedFeatures(model, model.Transform(train));
    }

    private OneHotEncoding Encode(Column column, int rowCount)
    {
        var counts = LevelLookup.Counts(column);
        var kept = new List<string>();
        var rare = new List<string>();
        foreach (var level in LevelLookup.Sorted(counts.Keys, column))
        {
            var count = counts[level];
            if (count < MinCount || count < MinFraction * rowCount) rare.Add(level);
            else kept.Add(level);
        }
        string? dropped = null;
        if (DropFirst && kept.Count > 0)
        {
            dropped = kept[0];
            kept.RemoveAt(0);
        }
        var hasMissing = MissingAsLevel && column.MissingCount() > 0;
        return new OneHotEncoding(column.Name, kept, rare.Count > 0 ? OtherLevel : null, rare, hasMissing, dropped);
    }
}
