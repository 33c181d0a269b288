using System.Text.RegularExpressions;

namespace Kaggle.Core.Features.Text;

/// <summary>
/// Cuts documents into the n-grams a <see cref="TextAnalysis"/> describes, reusing its buffers between documents,
/// so the only allocation per n-gram is the caller's when it keeps one. Not thread-safe.
/// </summary>
internal sealed partial class NGramReader(TextAnalysis analysis)
{
    private readonly List<string> _tokens = [];
    private char[] _buffer = new char[256];

    /// <summary>Sends every n-gram of <paramref name="text"/> to <paramref name="sink"/>, with repeats.</summary>
    public void Read(string? text, NGramSink sink)
    {
        if (string.IsNullOrEmpty(text)) return;
        var prepared = analysis.Tokens == TokenPattern.Tweet
            ? TweetTokenizer.Normalize(text, analysis.Lowercase)
            : analysis.Lowercase ? text.ToLowerInvariant() : text;
        switch (analysis.Analyzer)
        {
            case TextAnalyzer.Word:
                _tokens.Clear();
                if (analysis.Tokens == TokenPattern.Tweet) TweetTokenizer.Tokenize(prepared, _tokens);
                else foreach (var match in StandardToken().EnumerateMatches(prepared)) _tokens.Add(prepared.Substring(match.Index, match.Length));
                WordNGrams(sink);
                break;
            case TextAnalyzer.CharWordBounded:
                foreach (var word in Whitespace().Split(prepared))
                    if (word.Length > 0) CharWordBounded(word, sink);
                break;
            default:
                CharNGrams(MultipleWhitespace().Replace(prepared, " "), sink);
                break;
        }
    }

    private void WordNGrams(NGramSink sink)
    {
        var count = _tokens.Count;
        for (var n = analysis.MinN; n <= Math.Min(analysis.MaxN, count); n++)
        {
            for (var start = 0; start + n <= count; start++)
            {
                if (n == 1)
                {
                    sink.Accept(_tokens[start]);
                    continue;
                }
                var length = n - 1;
                for (var t = start; t < start + n; t++) length += _tokens[t].Length;
                var buffer = Buffer(length);
                var at = 0;
                for (var t = start; t < start + n; t++)
                {
                    if (t > start) buffer[at++] = ' ';
                    _tokens[t].CopyTo(buffer.AsSpan(at));
                    at += _tokens[t].Length;
                }
                sink.Accept(buffer.AsSpan(0, length));
            }
        }
    }

    private void CharWordBounded(string word, NGramSink sink)
    {
        // " word " as scikit-learn pads it; a word shorter than n yields the whole padded word once.
        var buffer = Buffer(word.Length + 2);
        buffer[0] = ' ';
        word.CopyTo(buffer.AsSpan(1));
        buffer[word.Length + 1] = ' ';
        var padded = buffer.AsSpan(0, word.Length + 2);
        for (var n = analysis.MinN; n <= analysis.MaxN; n++)
        {
            if (n >= padded.Length)
            {
                sink.Accept(padded);
                break;
            }
            for (var offset = 0; offset + n <= padded.Length; offset++)
                sink.Accept(padded.Slice(offset, n));
        }
    }

    private void CharNGrams(string text, NGramSink sink)
    {
        for (var n = analysis.MinN; n <= Math.Min(analysis.MaxN, text.Length); n++)
            for (var offset = 0; offset + n <= text.Length; offset++)
                sink.Accept(text.AsSpan(offset, n));
    }

    private char[] Buffer(int length)
    {
        if (_buffer.Length < length) _buffer = new char[Math.Max(length, _buffer.Length * 2)];
        return _buffer;
    }

    // scikit-learn's (?u)\b\w\w+\b with Python's \w (letters, any numeric character such as ², and _), which is not
    // .NET's (.NET adds combining marks and connector punctuation but not ² or ½): maximal runs of two or more.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[\p{L}\p{N}_]{2,}(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex StandardToken();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MultipleWhitespace();
}
