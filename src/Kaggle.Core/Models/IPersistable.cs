namespace Kaggle.Core.Models;

/// <summary>A model that can be written to a stream and read back with identical predictions.</summary>
public interface IPersistable<TSelf> where TSelf : IPersistable<TSelf>
{
    /// <summary>Writes the model in a versioned format; the stream is left open.</summary>
    void Save(Stream stream);

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on a bad or newer format.</summary>
    static abstract TSelf Load(Stream stream);
}
