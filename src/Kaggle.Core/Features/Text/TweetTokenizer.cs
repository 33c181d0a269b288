using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Kaggle.Core.Features.Text;

/// <summary>The normalisation and token rules of <see cref="TokenPattern.Tweet"/>.</summary>
internal static partial class TweetTokenizer
{
    /// <summary>NFKC, HTML entities decoded, optionally lower-cased, URLs and @mentions replaced by their type tokens.</summary>
    public static string Normalize(string text, bool lowercase)
    {
        // Decode first: "&amp;amp;" style double escapes occur in scraped tweets, and NFKC after decoding folds the
        // full-width and ligature forms an entity may produce.
        var decoded = WebUtility.HtmlDecode(text);
        var normalized = FoldWidths(decoded.IsNormalized(NormalizationForm.FormKC) ? decoded : decoded.Normalize(NormalizationForm.FormKC));
        if (lowercase) normalized = normalized.ToLowerInvariant();
        normalized = Url().Replace(normalized, " <url> ");
        return Mention().Replace(normalized, " <user> ");
    }

    /// <summary>
    /// The compatibility folds tweets need most, done by hand because the solution runs with InvariantGlobalization,
    /// where .NET's NFKC leaves them alone: full-width ASCII (U+FF01–FF5E) and the ideographic and no-break spaces.
    /// </summary>
    private static string FoldWidths(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u00A0', '\uFFFF')) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                var c = source[k];
                span[k] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' or '\u00A0' or '\u2007' or '\u202F' => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>Appends the tokens of already <see cref="Normalize"/>d text.</summary>
    public static void Tokenize(string normalized, List<string> tokens)
    {
        foreach (var match in Token().EnumerateMatches(normalized))
        {
            var token = normalized.AsSpan(match.Index, match.Length);
            if (token is "<url>" or "<user>") tokens.Add(token.ToString());
            else if (char.IsAsciiDigit(token[0])) tokens.Add("<num>");
            else tokens.Add(token.ToString());
        }
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    // Order matters: type tokens, hashtags, numbers (with inner separators, so 1,000.5 is one number), words with
    // inner apostrophes, then any surrogate pair or symbol (emoji) alone.
    [GeneratedRegex(@"<url>|<user>|#\w+|[0-9]+(?:[.,:][0-9]+)*|\w+(?:['’]\w+)*|\p{Cs}\p{Cs}|\p{So}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
