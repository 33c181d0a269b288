namespace Kaggle.Core.Features.Text;

/// <summary>
/// Turns a document's term counts into its output row: binary or raw counts, optionally 1 + ln(tf), times the idf,
/// then the row norm; scikit-learn's CountVectorizer / TfidfTransformer order of operations.
/// </summary>
internal sealed record TermWeighting(bool Binary, bool Sublinear, double[]? Idf, TextNorm Norm)
{
    /// <summary>Rewrites <paramref name="values"/> (the counts of the terms <paramref name="ids"/>) in place.</summary>
    public void Apply(ReadOnlySpan<int> ids, Span<double> values)
    {
        for (var k = 0; k < values.Length; k++)
        {
            var tf = Binary ? 1.0 : values[k];
            if (Sublinear) tf = 1 + Math.Log(tf);
            values[k] = Idf is null ? tf : tf * Idf[ids[k]];
        }
        var total = 0.0;
        switch (Norm)
        {
            case TextNorm.L2:
                foreach (var v in values) total += v * v;
                total = Math.Sqrt(total);
                break;
            case TextNorm.L1:
                foreach (var v in values) total += Math.Abs(v);
                break;
            default:
                return;
        }
        if (total > 0)
            for (var k = 0; k < values.Length; k++) values[k] /= total;
    }
}
