using System.Text;

namespace Kaggle.Core.Data;

/// <summary>
/// How <see cref="CsvReader"/> reads a file. The defaults read a Kaggle CSV the way pandas' <c>read_csv</c> would,
/// except that a column keeps every value it has (no silent coercion).
/// </summary>
/// <remarks>
/// <para><b>Missing values.</b> An unquoted field equal to one of <see cref="MissingTokens"/> is missing. A quoted field is a
/// value (so <c>""</c> is the empty string and <c>"NA"</c> the two letters), except that in a numeric column a quoted empty field
/// is missing when the empty field is (fully quoted exports write missing numbers that way). In the columns named in <see cref="KeepNaAsValue"/> only the empty field is missing.</para>
/// <para><b>Kind inference</b> (for columns without an entry in <see cref="Kinds"/>):
/// <list type="number">
/// <item>Numeric when every non-missing value parses as an invariant-culture double (<see cref="System.Globalization.NumberStyles.Float"/>:
/// optional sign, decimal point and exponent, surrounding white space, "Infinity", "NaN"; also "inf"). "NaN" in any case is missing.
/// An infinity ("inf", "Infinity", or a value beyond the double range such as 1e400) is an error naming its file, line and column,
/// unless <see cref="InfinityAsMissing"/> is set. A column with no value at all (header only, or all missing) is numeric, all NaN. Numbers lose their spelling: "007" reads as 7, so give an identifier column a Categorical or
/// Text kind.</item>
/// <item>Timestamp when <see cref="InferTimestamps"/> is on and every distinct value is an unambiguous ISO-8601 date or date-time
/// (yyyy-MM-dd, optionally followed by 'T' or a space, HH:mm[:ss[.fffffff]] and Z or ±hh:mm); values without an offset are UTC.</item>
/// <item>Text when the column has more than <see cref="TextMinDistinct"/> distinct values and they are more than
/// <see cref="TextDistinctFraction"/> of its non-missing values (names, tickets, free text); otherwise Categorical, with levels
/// numbered in first-seen order.</item>
/// </list></para>
/// </remarks>
public sealed record CsvReadOptions
{
    /// <summary>The options used when none are given.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>The field separator; an ASCII character other than a quote, CR or LF. Default ','.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Unquoted field values that mean "missing". Default: the empty field and "NA".</summary>
    public IReadOnlyList<string> MissingTokens { get; init; } = ["", "NA"];

    /// <summary>
    /// Columns in which the non-empty missing tokens are ordinary values, for data sets where "NA" means "none"
    /// (house prices: PoolQC, Alley, Fence). The empty field stays missing. Default: none.
    /// </summary>
    public IReadOnlyCollection<string> KeepNaAsValue { get; init; } = [];

    /// <summary>
    /// Every column as text, only the empty field missing: for comparing files exactly as written (submissions, ids).
    /// </summary>
    public static CsvReadOptions AllText { get; } = new() { DefaultKind = ColumnKind.Text, MissingTokens = [""] };

    /// <summary>The kind of every column without an entry in <see cref="Kinds"/>; <see langword="null"/> (the default) infers it.</summary>
    public ColumnKind? DefaultKind { get; init; }

    /// <summary>Kinds forced per column name, overriding inference. A value that does not fit the kind is an error.</summary>
    public IReadOnlyDictionary<string, ColumnKind> Kinds { get; init; } = new Dictionary<string, ColumnKind>();

    /// <summary>The columns to keep, in this order; <see langword="null"/> (the default) keeps all, in file order.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>A non-numeric column is Text when its distinct values exceed this fraction of its non-missing values. Default 0.5.</summary>
    public double TextDistinctFraction { get; init; } = 0.5;

    /// <summary>...and exceed this count, so a small file's string columns stay categorical. Default 50.</summary>
    public int TextMinDistinct { get; init; } = 50;

    /// <summary>Whether columns of ISO-8601 dates become Timestamp columns without an override. Default true.</summary>
    public bool InferTimestamps { get; init; } = true;

    /// <summary>
    /// Formats (<see cref="DateTimeOffset.TryParseExact(string, string[], IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>)
    /// for columns forced to Timestamp; <see langword="null"/> (the default) means the ISO-8601 forms listed above.
    /// Values without an offset are taken as UTC.
    /// </summary>
    public IReadOnlyList<string>? TimestampFormats { get; init; }

    /// <summary>
    /// The text encoding; <see langword="null"/> (the default) is strict UTF-8, where an invalid byte sequence is an error rather
    /// than a replacement character. Other encodings must be single-byte and ASCII-compatible (Latin-1, Windows-1252).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Whether an infinite number in a numeric column ("inf", "-Infinity", an overflow such as 1e400) is read as missing.
    /// Default false: it is a <see cref="CsvFormatException"/> naming the file, line, column and value.
    /// </summary>
    public bool InfinityAsMissing { get; init; }

    /// <summary>Worker threads for tokenizing and converting; <see langword="null"/> uses every core. The result never depends on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Bytes per block of rows that one worker parses; internal so tests can force blocks to split awkward rows.</summary>
    internal int BlockSize { get; init; } = 1 << 20;
}
