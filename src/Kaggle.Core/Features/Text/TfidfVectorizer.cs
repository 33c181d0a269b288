namespace Kaggle.Core.Features.Text;

/// <summary>
/// TF-IDF n-grams (scikit-learn's <c>TfidfVectorizer</c>, https://en.wikipedia.org/wiki/Tf%E2%80%93idf): the counts
/// of <see cref="CountVectorizer"/>, optionally 1 + ln(tf), times idf = ln((1 + n) / (1 + df)) + 1 (smooth) or
/// ln(n / df) + 1, with n and df counted on the fold's training rows, then each row scaled to unit L2 length.
/// The defaults are scikit-learn's and give its values to rounding.
/// </summary>
public sealed record TfidfVectorizer(string Column) : CountVectorizer(Column)
{
    /// <summary>Weight terms by inverse document frequency (default true).</summary>
    public bool UseIdf { get; init; } = true;

    /// <summary>Add one to n and every df, as if one document held every term, so no idf divides by zero (default true).</summary>
    public bool SmoothIdf { get; init; } = true;

    /// <summary>Replace tf by 1 + ln(tf) (default false); usual for long texts, little change for tweets.</summary>
    public bool SublinearTf { get; init; }

    /// <summary>Row normalisation (default <see cref="TextNorm.L2"/>).</summary>
    public TextNorm Norm { get; init; } = TextNorm.L2;

    protected override string StepName => nameof(TfidfVectorizer);

    internal override TermWeighting Weighting(int[] documentFrequency, int documentCount)
    {
        double[]? idf = null;
        if (UseIdf)
        {
            var smooth = SmoothIdf ? 1 : 0;
            idf = new double[documentFrequency.Length];
            for (var t = 0; t < idf.Length; t++)
                idf[t] = Math.Log((double)(documentCount + smooth) / (documentFrequency[t] + smooth)) + 1;
        }
        return new TermWeighting(Binary, SublinearTf, idf, Norm);
    }

    protected override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Norm))
            throw new ArgumentOutOfRangeException(nameof(Norm), Norm, "TfidfVectorizer.Norm is not a TextNorm value.");
    }
}
