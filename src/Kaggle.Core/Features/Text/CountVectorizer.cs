using Kaggle.Core.Data;

namespace Kaggle.Core.Features.Text;

/// <summary>
/// Bag of n-grams (scikit-learn's <c>CountVectorizer</c>): learns the vocabulary of a text column on the training
/// rows of each fold and replaces the column by a <see cref="SparseBlockColumn"/> of term counts, one column per
/// term in ordinal (code-point) order. Terms the training rows never had (a test-only token) are ignored; a text with
/// none of the vocabulary's terms becomes an all-zero row; a missing text counts as empty.
/// </summary>
public record CountVectorizer(string Column) : IFeatureStep
{
    /// <summary>The name of the sparse block; <see langword="null"/> (the default) replaces <see cref="Column"/> in place, another name keeps it.</summary>
    public string? Output { get; init; }

    /// <summary>How a text becomes n-grams (default: scikit-learn's word unigrams).</summary>
    public TextAnalysis Analysis { get; init; } = new();

    /// <summary>Keep terms that occur in at least this many training documents (default 1, scikit-learn's integer <c>min_df</c>).</summary>
    public int MinDf { get; init; } = 1;

    /// <summary>Keep terms that occur in at most this fraction of training documents (default 1.0, scikit-learn's float <c>max_df</c>).</summary>
    public double MaxDf { get; init; } = 1.0;

    /// <summary>Keep only this many terms, the most frequent over the training rows (ties by term order); <see langword="null"/> keeps all.</summary>
    public int? MaxFeatures { get; init; }

    /// <summary>Record presence (1) instead of counts (default false).</summary>
    public bool Binary { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        Validate();
        var texts = TextColumnReader.Texts(train, Column, StepName);
        var table = new TermTable();
        var (pointers, ids, counts) = new TermCounter(table, grow: true).CountAll(texts, Analysis.Reader());
        if (table.Count == 0)
            throw new InvalidOperationException($"{StepName} on column '{Column}': the {texts.Length} training texts hold no term (empty vocabulary); every text is empty or has no token the analyzer keeps.");

        var documentFrequency = new int[table.Count];
        var termFrequency = new double[table.Count];
        for (var k = 0; k < ids.Count; k++)
        {
            documentFrequency[ids[k]]++;
            termFrequency[ids[k]] += counts[k];
        }
        var remap = KeptTerms(table.Terms, documentFrequency, termFrequency, texts.Length, out var vocabulary);
        var keptFrequency = new int[vocabulary.Length];
        for (var t = 0; t < remap.Length; t++)
            if (remap[t] >= 0) keptFrequency[remap[t]] = documentFrequency[t];

        var model = new TextVectorizerModel(this, vocabulary, Weighting(keptFrequency, texts.Length));
        var matrix = model.Rebuild(pointers, ids, counts, remap);
        return new FittedFeatures(model, model.Attach(train, matrix));
    }

    /// <summary>The step's name in messages.</summary>
    protected virtual string StepName => nameof(CountVectorizer);

    /// <summary>The weighting of counts: raw (or binary) counts here, tf-idf in <see cref="TfidfVectorizer"/>.</summary>
    internal virtual TermWeighting Weighting(int[] documentFrequency, int documentCount) => new(Binary, false, null, TextNorm.None);

    /// <summary>Checks the options, naming the one that is wrong.</summary>
    protected virtual void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Column);
        Analysis.Validate();
        if (MinDf < 1)
            throw new ArgumentOutOfRangeException(nameof(MinDf), MinDf, $"{StepName}.MinDf must be at least 1 (a document count).");
        if (!(MaxDf > 0 && MaxDf <= 1))
            throw new ArgumentOutOfRangeException(nameof(MaxDf), MaxDf, $"{StepName}.MaxDf must be a fraction of documents in (0, 1].");
        if (MaxFeatures < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxFeatures), MaxFeatures, $"{StepName}.MaxFeatures must be at least 1 (or null for all terms).");
    }

    /// <summary>The id map from first-seen ids to vocabulary positions (-1 for dropped terms) and the sorted vocabulary.</summary>
    private int[] KeptTerms(IReadOnlyList<string> terms, int[] documentFrequency, double[] termFrequency, int documentCount, out string[] vocabulary)
    {
        var maxCount = MaxDf * documentCount;
        var kept = Enumerable.Range(0, terms.Count)
            .Where(t => documentFrequency[t] >= MinDf && documentFrequency[t] <= maxCount)
            .OrderBy(t => terms[t], StringComparer.Ordinal)
            .ToArray();
        if (MaxFeatures is int limit && kept.Length > limit)
            // Most frequent first; OrderBy is stable, so ties keep term order as scikit-learn's stable argsort does.
            kept = [.. kept.OrderByDescending(t => termFrequency[t]).Take(limit).OrderBy(t => terms[t], StringComparer.Ordinal)];
        if (kept.Length == 0)
            throw new InvalidOperationException(
                $"{StepName} on column '{Column}': no term is left after MinDf = {MinDf} and MaxDf = {MaxDf} over {documentCount} training texts; lower MinDf or raise MaxDf.");
        var remap = new int[terms.Count];
        Array.Fill(remap, -1);
        vocabulary = new string[kept.Length];
        for (var k = 0; k < kept.Length; k++)
        {
            remap[kept[k]] = k;
            vocabulary[k] = terms[kept[k]];
        }
        return remap;
    }
}
