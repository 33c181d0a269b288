namespace Kaggle.Core.Features.Text;

/// <summary>What a text vectorizer counts (scikit-learn's <c>analyzer</c>).</summary>
public enum TextAnalyzer
{
    /// <summary>Word n-grams: tokens (see <see cref="TokenPattern"/>) joined by single spaces (<c>"word"</c>).</summary>
    Word,

    /// <summary>
    /// Character n-grams inside word boundaries (<c>"char_wb"</c>): each whitespace-separated word is padded with one
    /// space on each side and cut into n-grams; a word shorter than n gives one n-gram, itself padded.
    /// </summary>
    CharWordBounded,

    /// <summary>Character n-grams over the whole text, whitespace runs collapsed to one space (<c>"char"</c>).</summary>
    Char,
}
