namespace Kaggle.Core.Features.Text;

/// <summary>
/// How a vectorizer turns one text into n-grams: the analyzer (words, or characters within word boundaries), the
/// n-gram range, lower-casing and the token pattern. The defaults are scikit-learn's (<c>analyzer="word"</c>,
/// <c>ngram_range=(1, 1)</c>, <c>lowercase=True</c>, the default token pattern), so the same settings give
/// scikit-learn's n-grams. A missing text (<see langword="null"/>) has no n-grams.
/// </summary>
public sealed record TextAnalysis
{
    public TextAnalyzer Analyzer { get; init; } = TextAnalyzer.Word;

    /// <summary>The shortest n-gram, in tokens (word analyzer) or characters (character analyzers). Default 1.</summary>
    public int MinN { get; init; } = 1;

    /// <summary>The longest n-gram (≥ <see cref="MinN"/>). Default 1.</summary>
    public int MaxN { get; init; } = 1;

    /// <summary>Lower-case the text before analysis (default true).</summary>
    public bool Lowercase { get; init; } = true;

    /// <summary>Normalisation and word tokens (default <see cref="TokenPattern.Standard"/>, scikit-learn's).</summary>
    public TokenPattern Tokens { get; init; } = TokenPattern.Standard;

    /// <summary>Word n-grams from <paramref name="min"/> to <paramref name="max"/> tokens.</summary>
    public static TextAnalysis Words(int min = 1, int max = 1) => new() { MinN = min, MaxN = max };

    /// <summary>Character n-grams within word boundaries, from <paramref name="min"/> to <paramref name="max"/> characters.</summary>
    public static TextAnalysis CharactersInWords(int min = 2, int max = 5) => new() { Analyzer = TextAnalyzer.CharWordBounded, MinN = min, MaxN = max };

    /// <summary>Throws when the settings are inconsistent, naming the option.</summary>
    internal void Validate()
    {
        if (MinN < 1 || MaxN < MinN)
            throw new ArgumentException($"TextAnalysis n-gram range ({MinN}, {MaxN}) is invalid: it needs 1 ≤ MinN ≤ MaxN.");
        if (!Enum.IsDefined(Analyzer))
            throw new ArgumentException($"TextAnalysis.Analyzer {(int)Analyzer} is not a TextAnalyzer value.");
        if (!Enum.IsDefined(Tokens))
            throw new ArgumentException($"TextAnalysis.Tokens {(int)Tokens} is not a TokenPattern value.");
    }

    /// <summary>A reader with its own scratch buffers; one per thread.</summary>
    internal NGramReader Reader() => new(this);
}
