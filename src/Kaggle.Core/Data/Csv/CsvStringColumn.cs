using System.Globalization;
using System.Text;

namespace Kaggle.Core.Data;

/// <summary>
/// Builds a non-numeric column: one pass over the blocks in row order collects distinct values (one string allocated per
/// distinct value, looked up by its decoded characters) and per-row codes; the kind (forced or inferred, see
/// <see cref="CsvReadOptions"/>) then decides whether the result is categorical, text or timestamp.
/// </summary>
internal static class CsvStringColumn
{
    private static readonly string[] s_isoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static Column Build(CsvSource source, int column, ColumnKind? kind, CsvMissing missing, Encoding encoding, CsvReadOptions options)
    {
        var name = source.Header[column];
        var (codes, levels, present) = Collect(source, column, missing, encoding);
        switch (kind)
        {
            case ColumnKind.Categorical:
                return new CategoricalColumn(name, codes, levels);
            case ColumnKind.Text:
                return ToText(name, codes, levels);
            case ColumnKind.Timestamp:
                var formats = options.TimestampFormats is { } custom ? custom.ToArray() : s_isoFormats;
                var ticks = ParseTimestamps(levels, formats, out var bad);
                return ticks is not null
                    ? ToTimestamp(name, codes, ticks)
                    : throw source.ErrorAt(Array.IndexOf(codes, bad), column,
                        $"expected a timestamp ({string.Join(" | ", formats.Take(4))}...) but found '{Shorten(levels[bad])}'");
        }

        if (options.InferTimestamps && levels.Length > 0 && LooksIso(levels[0]) && ParseTimestamps(levels, s_isoFormats, out _) is { } iso)
            return ToTimestamp(name, codes, iso);
        return levels.Length > options.TextMinDistinct && levels.Length > options.TextDistinctFraction * present
            ? ToText(name, codes, levels)
            : new CategoricalColumn(name, codes, levels);
    }

    /// <summary>The value of one field, truncated for an error message.</summary>
    internal static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 37), "...");

    private static (int[] Codes, string[] Levels, int Present) Collect(CsvSource source, int column, CsvMissing missing, Encoding encoding)
    {
        var codes = new int[source.RowCount];
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var alternate = lookup.GetAlternateLookup<ReadOnlySpan<char>>();
        var levels = new List<string>();
        var chars = new char[256];
        var unescaped = new byte[256];
        var present = 0;
        var columns = source.Header.Length;
        foreach (var block in source.Blocks)
        {
            var buffer = block.Buffer;
            for (var r = 0; r < block.RowCount; r++)
            {
                var start = block.FieldStart(r, column, columns);
                ReadOnlySpan<byte> field = buffer.AsSpan(start, block.FieldEnd(r, column, columns, start) - start);
                var row = block.FirstRow + r;
                if (field.Length > 0 && field[0] == '"')
                {
                    field = field[1..^1];
                    if (field.Contains((byte)'"'))
                    {
                        if (unescaped.Length < field.Length) unescaped = new byte[field.Length * 2];
                        field = unescaped.AsSpan(0, Unescape(field, unescaped));
                    }
                }
                else if (missing.Matches(field))
                {
                    codes[row] = CategoricalColumn.MissingCode;
                    continue;
                }

                if (chars.Length < encoding.GetMaxCharCount(field.Length)) chars = new char[encoding.GetMaxCharCount(field.Length)];
                int length;
                try
                {
                    length = encoding.GetChars(field, chars);
                }
                catch (DecoderFallbackException error)
                {
                    throw source.ErrorAt(block, r, column, $"the value is not valid {encoding.WebName} text", error);
                }
                var text = chars.AsSpan(0, length);
                if (!alternate.TryGetValue(text, out var code))
                {
                    code = levels.Count;
                    var value = text.ToString();
                    lookup.Add(value, code);
                    levels.Add(value);
                }
                codes[row] = code;
                present++;
            }
        }
        return (codes, [.. levels], present);
    }

    /// <summary>Copies quoted content to <paramref name="destination"/> with each doubled quote made single; returns the length.</summary>
    private static int Unescape(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        var n = 0;
        for (var i = 0; i < content.Length; i++)
        {
            destination[n++] = content[i];
            if (content[i] == '"') i++; // the tokenizer only lets doubled quotes through, so skip the second
        }
        return n;
    }

    private static TextColumn ToText(string name, int[] codes, string[] levels)
    {
        var values = new string?[codes.Length];
        for (var i = 0; i < codes.Length; i++) values[i] = codes[i] < 0 ? null : levels[codes[i]];
        return new TextColumn(name, values);
    }

    private static TimestampColumn ToTimestamp(string name, int[] codes, long[] levelTicks)
    {
        var ticks = new long[codes.Length];
        for (var i = 0; i < codes.Length; i++) ticks[i] = codes[i] < 0 ? TimestampColumn.Missing : levelTicks[codes[i]];
        return new TimestampColumn(name, ticks);
    }

    private static bool LooksIso(string value) => value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]);

    /// <summary>UTC ticks per level, or null with <paramref name="bad"/> the first level that does not parse.</summary>
    private static long[]? ParseTimestamps(string[] levels, string[] formats, out int bad)
    {
        var ticks = new long[levels.Length];
        for (bad = 0; bad < levels.Length; bad++)
        {
            if (!DateTimeOffset.TryParseExact(levels[bad], formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
                return null;
            ticks[bad] = value.UtcTicks;
        }
        return ticks;
    }
}
