namespace Kaggle.Core.Features.Text;

/// <summary>How text is normalised and split into word tokens.</summary>
public enum TokenPattern
{
    /// <summary>
    /// scikit-learn's default: no normalisation beyond lower-casing, tokens are runs of two or more word
    /// characters (<c>(?u)\b\w\w+\b</c>). Use it to reproduce scikit-learn's vocabulary.
    /// </summary>
    Standard,

    /// <summary>
    /// For social-media text: Unicode NFKC normalisation (full-width forms and compatibility spaces are folded even
    /// under InvariantGlobalization, where .NET leaves NFKC to ICU), HTML entities decoded (<c>&amp;amp;</c> → <c>&amp;</c>), URLs
    /// become <c>&lt;url&gt;</c>, @mentions <c>&lt;user&gt;</c>, numbers <c>&lt;num&gt;</c>, hashtags stay as <c>#tag</c>,
    /// words keep inner apostrophes, and each emoji or other symbol is a token of its own. Character analyzers see
    /// the normalised text with URLs and mentions already replaced.
    /// </summary>
    Tweet,
}
