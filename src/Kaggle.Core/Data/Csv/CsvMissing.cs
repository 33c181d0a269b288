using System.Globalization;
using System.Text;

namespace Kaggle.Core.Data;

/// <summary>The missing-value tokens of one column, as encoded bytes, compared against raw field bytes.</summary>
internal sealed class CsvMissing
{
    private readonly byte[][] _tokens;

    public CsvMissing(IEnumerable<string> tokens, Encoding encoding, bool keepNonEmpty)
    {
        var distinct = tokens.Distinct(StringComparer.Ordinal).ToArray();
        Empty = distinct.Contains("");
        _tokens = keepNonEmpty ? [] : [.. distinct.Where(t => t.Length > 0).Select(encoding.GetBytes)];
        // A token like "-999" would otherwise be read as a number before it is recognized as missing.
        NumberLike = !keepNonEmpty && distinct.Any(t => t.Length > 0 && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    /// <summary>Whether the empty field is missing.</summary>
    public bool Empty { get; }

    /// <summary>Whether some token is also a number, so numeric parsing must test for tokens first.</summary>
    public bool NumberLike { get; }

    public bool Matches(ReadOnlySpan<byte> field)
    {
        if (field.Length == 0) return Empty;
        foreach (var token in _tokens)
            if (field.SequenceEqual(token)) return true;
        return false;
    }
}
