using System.Text;

namespace Kaggle.Core.Data;

/// <summary>The header row: where it ends and the column names it holds (required, non-empty, unique).</summary>
internal static class CsvHeader
{
    /// <summary>
    /// Bytes of the header row including its LF, or all of <paramref name="bytes"/> when the file ends without one;
    /// -1 when the row goes on past the bytes read so far.
    /// </summary>
    public static int FindEnd(ReadOnlySpan<byte> bytes, byte delimiter, bool eof)
    {
        var inQuotes = false;
        var fieldStart = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == '"' && (inQuotes || i == fieldStart))
                inQuotes = !inQuotes; // a doubled quote toggles twice, which leaves the state unchanged
            else if (!inQuotes && b == delimiter)
                fieldStart = i + 1;
            else if (!inQuotes && b == '\n')
                return i + 1;
        }
        return eof ? bytes.Length : -1;
    }

    /// <summary>The names in the header row, unquoted and decoded.</summary>
    public static string[] Parse(ReadOnlySpan<byte> row, byte delimiter, Encoding encoding, string source)
    {
        if (row.Length > 0 && row[^1] == '\n') row = row[..^1];
        if (row.Length > 0 && row[^1] == '\r') row = row[..^1];

        var names = new List<string>();
        var field = new List<byte>();
        var inQuotes = false;
        var quoted = false;
        for (var i = 0; i <= row.Length; i++)
        {
            if (i == row.Length || (!inQuotes && row[i] == delimiter))
            {
                if (inQuotes)
                    throw new CsvFormatException(source, 1, names.Count + 1, null, "unterminated quoted header name: expected a closing quote");
                names.Add(Decode(field, encoding, source, names.Count + 1));
                field.Clear();
                quoted = false;
                continue;
            }
            var b = row[i];
            if (b == '"' && !inQuotes && field.Count == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else if (b == '"' && inQuotes)
            {
                if (i + 1 < row.Length && row[i + 1] == '"')
                {
                    field.Add(b);
                    i++;
                }
                else
                {
                    inQuotes = false;
                    if (i + 1 < row.Length && row[i + 1] != delimiter)
                        throw new CsvFormatException(source, 1, names.Count + 1, null, "expected a delimiter after the closing quote of a header name");
                }
            }
            else
            {
                field.Add(b);
            }
        }
        Validate(names, source);
        return [.. names];
    }

    private static string Decode(List<byte> bytes, Encoding encoding, string source, int column)
    {
        try
        {
            return encoding.GetString([.. bytes]);
        }
        catch (DecoderFallbackException error)
        {
            throw new CsvFormatException(source, 1, column, null, $"the header name is not valid {encoding.WebName}", error);
        }
    }

    private static void Validate(List<string> names, string source)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < names.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(names[j]))
                throw new CsvFormatException(source, 1, j + 1, null, "the header name is empty: every column needs a name");
            if (!seen.TryAdd(names[j], j))
                throw new CsvFormatException(source, 1, j + 1, names[j], $"the header name '{names[j]}' is also column {seen[names[j]] + 1}: names must be unique");
        }
    }
}
