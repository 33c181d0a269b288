namespace Kaggle.Api.Http;

/// <summary>Picks the known slugs closest to a mistyped one (Levenshtein distance, https://en.wikipedia.org/wiki/Levenshtein_distance).</summary>
internal static class SlugSuggestions
{
    /// <summary>Up to three candidates within max(2, length/3) edits of <paramref name="slug"/>, or containing it; closest first.</summary>
    public static IReadOnlyList<string> Closest(string slug, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, slug.Length / 3);
        return candidates
            .Where(c => !string.Equals(c, slug, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Slug: c, Distance: Distance(slug.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(p => p.Distance <= limit || p.Slug.Contains(slug, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Take(3)
            .Select(p => p.Slug)
            .ToArray();
    }

    /// <summary>The edit distance between two strings (insertions, deletions, substitutions), in O(|a|·|b|) time and O(|b|) memory.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
