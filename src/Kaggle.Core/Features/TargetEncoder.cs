using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// Replaces categorical columns by the smoothed mean target of their level (regression or binary 0/1 targets):
/// <c>(sum + Smoothing × prior) / (count + Smoothing)</c>, shrinking rare levels toward the prior (the mean target).
/// Training rows are encoded out of fold: the rows are shuffled (seeded) into <see cref="Folds"/> inner folds and
/// each fold is encoded with statistics and prior from the other folds only, so no row's encoding sees its own
/// target. New rows use the encoding fitted on all training rows; an unseen level gets the prior. Missing values
/// are a level of their own (the prior when the training rows had none).
/// See Micci-Barreca (2001), "A preprocessing scheme for high-cardinality categorical attributes".
/// </summary>
public sealed record TargetEncoder : IFeatureStep
{
    /// <summary>Encodes the named columns (categorical, text or numeric codes), or every categorical column when none are named.</summary>
    public TargetEncoder(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to encode; null means every categorical column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Inner folds for the out-of-fold training encoding (≥ 2). Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The seed of the inner-fold shuffle.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The prior's weight in pseudo-rows (m-estimate); 0 gives the raw level mean. Default 10.</summary>
    public double Smoothing { get; init; } = 10;

    /// <summary>Keeps the source column and adds the encoding after it as <c>&lt;name&gt;_target</c>. Default false (replaced in place).</summary>
    public bool KeepOriginal { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        FeatureColumns.RequireTarget(train, target, nameof(TargetEncoder));
        if (Folds < 2 || Folds > train.RowCount)
            throw new ArgumentOutOfRangeException(nameof(Folds), Folds, $"TargetEncoder needs 2 ≤ Folds ≤ the {train.RowCount} training rows.");
        if (!(Smoothing >= 0) || double.IsInfinity(Smoothing))
            throw new ArgumentOutOfRangeException(nameof(Smoothing), Smoothing, "Smoothing must be finite and ≥ 0.");
        var names = Columns is null
            ? FeatureColumns.Resolve(train, null, nameof(TargetEncoder), ColumnKind.Categorical)
            : FeatureColumns.Resolve(train, Columns, nameof(TargetEncoder), ColumnKind.Categorical, ColumnKind.Text, ColumnKind.Numeric);
        var fold = InnerFolds(train.RowCount);
        var encodings = new TargetEncoding[names.Length];
        var replacements = new Dictionary<string, Column[]>(StringComparer.Ordinal);
        for (var j = 0; j < names.Length; j++)
        {
            var (levels, rows) = LevelLookup.Factorize(train[names[j]]);
            var all = Slots(levels.Length, rows, target, fold: null, skip: -1, out var prior);
            var byLevel = new Dictionary<string, double>(levels.Length, StringComparer.Ordinal);
            for (var s = 0; s < levels.Length; s++) byLevel[levels[s]] = all[s];
            encodings[j] = new TargetEncoding(names[j], prior, byLevel, all[levels.Length]);
            var outOfFold = new double[train.RowCount];
            for (var k = 0; k < Folds; k++)
            {
                var slots = Slots(levels.Length, rows, target, fold, skip: k, out _);
                for (var i = 0; i < outOfFold.Length; i++)
                    if (fold[i] == k) outOfFold[i] = slots[rows[i] < 0 ? levels.Length : rows[i]];
            }
            var column = new NumericColumn(KeepOriginal ? names[j] + TargetEncoderModel.Suffix : names[j], outOfFold);
            replacements[names[j]] = KeepOriginal ? [train[names[j]], column] : [column];
        }
        var model = new TargetEncoderModel(encodings, KeepOriginal);
        return new FittedFeatures(model, FeatureColumns.Splice(train, replacements));
    }

    /// <summary>
    /// The smoothed mean target per level index (the missing level last, at <paramref name="levelCount"/>) from the
    /// rows whose fold is not <paramref name="skip"/>, or from all rows when <paramref name="fold"/> is null.
    /// The sums are accumulated afresh per fold (not as total minus fold), so a skipped row's target cannot reach
    /// its encoding even through rounding.
    /// </summary>
    private double[] Slots(int levelCount, int[] rows, ReadOnlySpan<double> target, int[]? fold, int skip, out double prior)
    {
        var sums = new double[levelCount + 1];
        var counts = new double[levelCount + 1];
        double total = 0, n = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (fold is not null && fold[i] == skip) continue;
            var slot = rows[i] < 0 ? levelCount : rows[i];
            sums[slot] += target[i];
            counts[slot]++;
            total += target[i];
            n++;
        }
        prior = total / n;
        var slots = new double[levelCount + 1];
        for (var s = 0; s < slots.Length; s++)
            slots[s] = counts[s] == 0 ? prior : (sums[s] + (Smoothing * prior)) / (counts[s] + Smoothing);
        return slots;
    }

    /// <summary>The inner fold of each row: a seeded Fisher-Yates shuffle dealt round-robin, so fold sizes differ by at most one.</summary>
    private int[] InnerFolds(int rowCount)
    {
        var order = new int[rowCount];
        for (var i = 0; i < rowCount; i++) order[i] = i;
        new SplitMix64(Seed).Shuffle(order.AsSpan());
        var fold = new int[rowCount];
        for (var p = 0; p < rowCount; p++) fold[order[p]] = p % Folds;
        return fold;
    }
}
