namespace Kaggle.Core.Features.Embeddings;

/// <summary>
/// A pretrained, frozen text encoder (a sentence-embedding model): maps each text to a fixed-length vector without
/// looking at any other text or label, so encoding is stateless and may see training and test texts alike.
/// Implementations live outside Core (e.g. Kaggle.Text.Embeddings wraps ONNX Runtime), so Core stays pure managed.
/// </summary>
public interface ITextEncoder
{
    /// <summary>Identifies the model and its version; cached vectors are kept per name, so a new model never reuses old vectors.</summary>
    string Name { get; }

    /// <summary>The length of every vector (384 for all-MiniLM-L6-v2).</summary>
    int Dimension { get; }

    /// <summary>One vector of <see cref="Dimension"/> values per text, in order. Texts may be empty; none is null.</summary>
    float[][] Encode(IReadOnlyList<string> texts);
}
