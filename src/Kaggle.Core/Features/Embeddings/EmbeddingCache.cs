using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Kaggle.Core.Features.Embeddings;

/// <summary>
/// Sentence vectors keyed by the SHA-256 of the text, held in memory and in one file per encoder under
/// <see cref="Folder"/> (e.g. <c>data/&lt;slug&gt;/embeddings/</c>), so every fold, repeat and rerun encodes each
/// distinct text once. Texts missing from the cache are encoded in batches of similar length (encoders pad a batch to
/// its longest text), reported to the <see cref="Observer"/>, and the file is rewritten atomically (temporary file +
/// rename). A file that is truncated, fails its checksum, or belongs to another encoder is reported and rebuilt.
/// Thread-safe: folds fitted in parallel share one cache.
/// </summary>
public sealed class EmbeddingCache
{
    /// <summary>Characters of a text kept for encoding: a 256-token encoder never reads further, and tokenising 100 kB would waste time.</summary>
    public const int MaxCharacters = 4096;

    private readonly Lock _gate = new();
    private Dictionary<string, float[]>? _vectors;

    /// <summary>A cache for <paramref name="encoder"/> stored in <paramref name="folder"/> (created when first written).</summary>
    public EmbeddingCache(ITextEncoder encoder, string folder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (encoder.Dimension <= 0)
            throw new ArgumentException($"Encoder '{encoder.Name}' reports dimension {encoder.Dimension}; it must be positive.", nameof(encoder));
        Encoder = encoder;
        Folder = folder;
        Path = System.IO.Path.Combine(folder, FileName(encoder.Name));
    }

    public ITextEncoder Encoder { get; }

    public string Folder { get; }

    /// <summary>The cache file of this encoder.</summary>
    public string Path { get; }

    /// <summary>Texts encoded per call of the encoder.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Receives progress and cache problems; null to stay silent.</summary>
    public IEncodingObserver? Observer { get; init; }

    /// <summary>Texts the encoder has encoded through this instance (cache misses), and the seconds it took.</summary>
    public (int Texts, double Seconds) Encoded { get; private set; }

    /// <summary>The vector of each text, in order, encoding only the distinct texts not cached yet.</summary>
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        var keys = new string[texts.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = Key(Clip(texts[i] ?? throw new ArgumentException($"Text {i} is null; pass \"\" for a missing text.", nameof(texts))));
        lock (_gate)
        {
            var vectors = _vectors ??= EmbeddingFile.Load(Path, Encoder, Observer);
            var missing = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
                if (!vectors.ContainsKey(keys[i])) missing.TryAdd(keys[i], Clip(texts[i]));
            if (missing.Count > 0)
            {
                EncodeMissing(missing, vectors);
                EmbeddingFile.Save(Path, Encoder, vectors);
            }
            var result = new float[keys.Length][];
            for (var i = 0; i < keys.Length; i++) result[i] = vectors[keys[i]];
            return result;
        }
    }

    private void EncodeMissing(Dictionary<string, string> missing, Dictionary<string, float[]> vectors)
    {
        // Sorting by length (then key, for a deterministic order) makes each batch's padding short.
        var order = missing.OrderBy(m => m.Value.Length).ThenBy(m => m.Key, StringComparer.Ordinal).ToArray();
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var encoded = Encoder.Encode([.. batch.Select(b => b.Value)]);
            if (encoded.Length != batch.Length)
                throw new InvalidOperationException($"Encoder '{Encoder.Name}' returned {encoded.Length} vectors for {batch.Length} texts.");
            for (var b = 0; b < batch.Length; b++)
            {
                if (encoded[b]?.Length != Encoder.Dimension)
                    throw new InvalidOperationException($"Encoder '{Encoder.Name}' returned a vector of length {encoded[b]?.Length ?? 0}; it reports dimension {Encoder.Dimension}.");
                vectors[batch[b].Key] = encoded[b];
            }
            Observer?.Progress(start + batch.Length, order.Length, clock.Elapsed);
        }
        Encoded = (Encoded.Texts + order.Length, Encoded.Seconds + clock.Elapsed.TotalSeconds);
    }

    private static string Clip(string text) => text.Length <= MaxCharacters ? text : text[..MaxCharacters];

    private static string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The encoder name with every character outside [A-Za-z0-9._-] replaced, plus <c>.emb</c>.</summary>
    private static string FileName(string encoderName)
    {
        var safe = new StringBuilder(encoderName.Length);
        foreach (var c in encoderName) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        return safe + ".emb";
    }
}
