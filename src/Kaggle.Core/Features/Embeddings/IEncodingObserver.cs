namespace Kaggle.Core.Features.Embeddings;

/// <summary>
/// Hears what an <see cref="EmbeddingCache"/> does, so a console front end can draw progress without Core depending
/// on one. Called on the encoding thread; implementations should be quick.
/// </summary>
public interface IEncodingObserver
{
    /// <summary>After each encoded batch: texts encoded so far out of <paramref name="total"/> missing from the cache, and the time taken so far.</summary>
    void Progress(int encoded, int total, TimeSpan elapsed);

    /// <summary>The cache file at <paramref name="path"/> could not be used (<paramref name="reason"/>) and is being rebuilt.</summary>
    void CacheDiscarded(string path, string reason);
}
