namespace Kaggle.Core.Data;

/// <summary>The type of a <see cref="Column"/>.</summary>
public enum ColumnKind
{
    /// <summary>64-bit floating point; missing is <see cref="double.NaN"/>.</summary>
    Numeric,

    /// <summary>A small set of string levels stored as integer codes; missing is code -1.</summary>
    Categorical,

    /// <summary>Free text; missing is <see langword="null"/>.</summary>
    Text,

    /// <summary>Points in time (UTC ticks); missing is <see cref="long.MinValue"/>.</summary>
    Timestamp,

    /// <summary>A block of many numeric feature columns held as one CSR matrix (e.g. TF-IDF of a text); never missing.</summary>
    Sparse,
}
