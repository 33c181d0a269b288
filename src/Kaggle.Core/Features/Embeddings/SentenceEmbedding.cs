using Kaggle.Core.Data;

namespace Kaggle.Core.Features.Embeddings;

/// <summary>
/// Replaces a text column with the <see cref="ITextEncoder.Dimension"/> numeric columns of its pretrained sentence
/// embedding (<c>{column}_emb0</c> …), read through an <see cref="EmbeddingCache"/> so each distinct text is encoded
/// once per machine, whatever the fold or run. A missing text is encoded as the empty text.
/// <para>
/// The step is stateless: the encoder is frozen and maps each text on its own, with no statistic of the training rows
/// and no label, so "fitting" learns nothing and encoding training and test texts together (or in any order)
/// leaks nothing across folds. A learner fitted on the vectors inside each fold is what learns.
/// </para>
/// </summary>
public sealed record SentenceEmbedding(string Column, EmbeddingCache Cache) : IFeatureStep, IFittedFeatureStep
{
    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(Cache);
        if (!frame.Contains(Column))
            throw new KeyNotFoundException($"SentenceEmbedding needs the text column '{Column}', which the frame does not have. Columns: {string.Join(", ", frame.Names)}.");
        var source = frame[Column];
        var texts = new string[frame.RowCount];
        for (var i = 0; i < texts.Length; i++) texts[i] = source.Format(i) ?? "";

        var vectors = Cache.Encode(texts);
        var dimension = Cache.Encoder.Dimension;
        var columns = new Column[dimension];
        for (var d = 0; d < dimension; d++)
        {
            var values = new double[texts.Length];
            for (var i = 0; i < values.Length; i++) values[i] = vectors[i][d];
            columns[d] = new NumericColumn($"{Column}_emb{d}", values);
        }
        return frame.Without(Column).With(columns);
    }

    public override string ToString() => $"SentenceEmbedding({Column}, {Cache.Encoder.Name})";
}
