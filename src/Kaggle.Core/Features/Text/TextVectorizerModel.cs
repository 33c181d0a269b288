using Kaggle.Core.Data;

namespace Kaggle.Core.Features.Text;

/// <summary>
/// A fitted <see cref="CountVectorizer"/> or <see cref="TfidfVectorizer"/>: the vocabulary (ordinal order), the idf
/// learnt on the training rows, and the options. Replaces the text column by its sparse block in any frame; immutable.
/// </summary>
public sealed class TextVectorizerModel : IFittedFeatureStep
{
    private readonly CountVectorizer _step;
    private readonly string[] _vocabulary;
    private readonly TermTable _table;
    private readonly TermWeighting _weighting;

    internal TextVectorizerModel(CountVectorizer step, string[] vocabulary, TermWeighting weighting)
    {
        _step = step;
        _vocabulary = vocabulary;
        _table = new TermTable(vocabulary);
        _weighting = weighting;
    }

    /// <summary>The terms, one per output column, in ordinal order (scikit-learn's <c>get_feature_names_out()</c>).</summary>
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <summary>The inverse document frequency per term (empty for counts or <c>UseIdf = false</c>), scikit-learn's <c>idf_</c>.</summary>
    public ReadOnlySpan<double> Idf => _weighting.Idf;

    public Frame Transform(Frame frame)
    {
        var texts = TextColumnReader.Texts(frame, _step.Column, _step.GetType().Name);
        var (pointers, ids, counts) = new TermCounter(_table, grow: false).CountAll(texts, _step.Analysis.Reader());
        return Attach(frame, Rebuild(pointers, ids, counts, remap: null));
    }

    /// <summary>
    /// Builds the weighted CSR block from per-document (id, count) runs; <paramref name="remap"/> maps first-seen ids
    /// to vocabulary columns (-1 drops a term) when the ids are not vocabulary columns already.
    /// </summary>
    internal CsrMatrix Rebuild(int[] pointers, List<int> ids, List<double> counts, int[]? remap)
    {
        var rows = pointers.Length - 1;
        var outPointers = new int[rows + 1];
        var columns = new int[ids.Count];
        var values = new double[ids.Count];
        var at = 0;
        for (var i = 0; i < rows; i++)
        {
            var start = at;
            for (var k = pointers[i]; k < pointers[i + 1]; k++)
            {
                var column = remap is null ? ids[k] : remap[ids[k]];
                if (column < 0) continue;
                columns[at] = column;
                values[at++] = counts[k];
            }
            if (remap is not null) Array.Sort(columns, values, start, at - start);
            _weighting.Apply(columns.AsSpan(start, at - start), values.AsSpan(start, at - start));
            outPointers[i + 1] = at;
        }
        return CsrMatrix.Trusted(rows, _vocabulary.Length, outPointers, columns[..at], values[..at]);
    }

    internal Frame Attach(Frame frame, CsrMatrix matrix) =>
        frame.With(new SparseBlockColumn(_step.Output ?? _step.Column, matrix, _vocabulary));
}
