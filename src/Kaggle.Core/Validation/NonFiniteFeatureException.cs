using System.Globalization;

namespace Kaggle.Core.Validation;

/// <summary>
/// A feature value of ±Infinity about to reach a learner: a feature step produced it (log of 0, a division by zero), since the
/// CSV reader refuses infinite numbers. It names the model, the feature column (after the model's feature steps), and the row
/// as an index into the frame given to cross-validation, so a caller that knows where those rows came from (the runner: file
/// and data row) can say so. An <see cref="ArgumentException"/>, like the learners' own input checks it replaces. NaN is not reported: it means missing, and learners that cannot take it say so themselves.
/// </summary>
public sealed class NonFiniteFeatureException : ArgumentException
{
    public NonFiniteFeatureException()
    {
        Model = Column = "";
    }

    public NonFiniteFeatureException(string message)
        : base(message)
    {
        Model = Column = "";
    }

    public NonFiniteFeatureException(string message, Exception innerException)
        : base(message, innerException)
    {
        Model = Column = "";
    }

    /// <summary>Model <paramref name="model"/>'s feature <paramref name="column"/> is <paramref name="value"/> in row <paramref name="row"/> of <paramref name="rows"/>.</summary>
    public NonFiniteFeatureException(string model, string column, FoldRows rows, int row, double value)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Model '{model}': feature {column} is {value} in {Describe(rows, row)}. {Advice}"))
    {
        Model = model;
        Column = column;
        Rows = rows;
        Row = row;
        Value = value;
    }

    /// <summary>What to do about it, for callers that rephrase the place.</summary>
    public static string Advice =>
        "A feature step produced it (e.g. the log of 0 or a division by zero): guard the derivation (log1p, a non-zero " +
        "denominator, clipping) or turn the value into NaN and impute it; NaN is allowed and means missing.";

    /// <summary>The model's name.</summary>
    public string Model { get; }

    /// <summary>The feature column as the frame after the model's feature steps names it, e.g. <c>column 'LogArea'</c> or <c>'word' (index 17) of sparse block 'Text'</c>.</summary>
    public string Column { get; }

    /// <summary>Whether the row is a training, validation or test row.</summary>
    public FoldRows Rows { get; }

    /// <summary>The row's 0-based index in the frame given to cross-validation (train for training/validation rows, test for test rows).</summary>
    public int Row { get; }

    /// <summary>The infinite value.</summary>
    public double Value { get; }

    private static string Describe(FoldRows rows, int row) => rows switch
    {
        FoldRows.Test => $"test row {row} (0-based)",
        FoldRows.Validation => $"training row {row} (0-based, after the competition's row filter; a validation row of this fold)",
        _ => $"training row {row} (0-based, after the competition's row filter)",
    };
}
