using System.Runtime.InteropServices;
using System.Text;
using Kaggle.Core.Data;

namespace Kaggle.Core.Features.Text;

/// <summary>
/// N-gram counts hashed into a fixed number of columns (scikit-learn's <c>HashingVectorizer</c>, the "hashing trick",
/// https://en.wikipedia.org/wiki/Feature_hashing): no vocabulary is learnt, so it is stateless, uses little memory and
/// gives every n-gram, even a test-only one, a column. The column is |h| mod <see cref="Features"/> for h the signed
/// 32-bit MurmurHash3 (seed 0) of the n-gram's UTF-8 bytes, stable across runs and machines and equal to
/// scikit-learn's; with <see cref="AlternateSign"/> the sign of h signs the count so collisions cancel on average.
/// </summary>
public sealed record HashingVectorizer(string Column) : IFeatureStep, IFittedFeatureStep
{
    /// <summary>The name of the sparse block; <see langword="null"/> (the default) replaces <see cref="Column"/>.</summary>
    public string? Output { get; init; }

    /// <summary>How a text becomes n-grams (default: scikit-learn's word unigrams).</summary>
    public TextAnalysis Analysis { get; init; } = new();

    /// <summary>The number of columns (default 2^20, scikit-learn's).</summary>
    public int Features { get; init; } = 1 << 20;

    /// <summary>Sign each n-gram's count by its hash (default true).</summary>
    public bool AlternateSign { get; init; } = true;

    /// <summary>Row normalisation (default <see cref="TextNorm.L2"/>).</summary>
    public TextNorm Norm { get; init; } = TextNorm.L2;

    /// <summary>Record presence (1) instead of counts (default false).</summary>
    public bool Binary { get; init; }

    /// <summary>Nothing is learnt: the fitted step is this one.</summary>
    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrWhiteSpace(Column);
        Analysis.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(Features, 1, nameof(Features));
        var texts = TextColumnReader.Texts(frame, Column, nameof(HashingVectorizer));
        var sink = new HashSink(Features, AlternateSign);
        var reader = Analysis.Reader();
        var weighting = new TermWeighting(Binary, false, null, Norm);
        var builder = new CsrBuilder(Features);
        List<int> columns = [];
        List<double> values = [];
        foreach (var text in texts)
        {
            reader.Read(text, sink);
            sink.Flush(columns, values);
            var valueSpan = CollectionsMarshal.AsSpan(values);
            weighting.Apply(CollectionsMarshal.AsSpan(columns), valueSpan);
            for (var k = 0; k < columns.Count; k++) builder.Add(columns[k], valueSpan[k]);
            builder.EndRow();
            columns.Clear();
            values.Clear();
        }
        return frame.With(new SparseBlockColumn(Output ?? Column, builder.Build(), new HashedFeatureNames(Features)));
    }

    /// <summary>Hashes n-grams to (column, ±1) and sums repeats per column.</summary>
    private sealed class HashSink(int features, bool alternateSign) : NGramSink
    {
        private readonly List<(int Column, double Value)> _entries = [];
        private byte[] _bytes = new byte[256];

        public override void Accept(ReadOnlySpan<char> ngram)
        {
            var length = Encoding.UTF8.GetMaxByteCount(ngram.Length);
            if (_bytes.Length < length) _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
            var written = Encoding.UTF8.GetBytes(ngram, _bytes);
            var h = (int)MurmurHash3.Hash32(_bytes.AsSpan(0, written));
            // |int.MinValue| does not exist; scikit-learn defines its column as (2^31 − 1 − (features − 1)) mod features.
            var column = h == int.MinValue ? (int)((2147483647L - (features - 1)) % features) : Math.Abs(h) % features;
            _entries.Add((column, alternateSign && h < 0 ? -1 : 1));
        }

        public void Flush(List<int> columns, List<double> values)
        {
            _entries.Sort((a, b) => a.Column.CompareTo(b.Column));
            foreach (var (column, value) in _entries)
            {
                if (columns.Count > 0 && columns[^1] == column) values[^1] += value;
                else
                {
                    columns.Add(column);
                    values.Add(value);
                }
            }
            _entries.Clear();
        }
    }
}
