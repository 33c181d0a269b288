using Kaggle.Core.Features.Embeddings;

namespace NlpGettingStarted;

/// <summary>Progress of sentence encoding on standard error: a line per tenth of the texts, then the speed.</summary>
internal sealed class EncodingLog : IEncodingObserver
{
    private int _lastTenth = -1;

    public void Progress(int encoded, int total, TimeSpan elapsed)
    {
        var tenth = encoded * 10 / total;
        if (tenth == _lastTenth) return;
        _lastTenth = encoded == total ? -1 : tenth;
        Console.Error.WriteLine($"  MiniLM: encoded {encoded:N0}/{total:N0} new texts in {elapsed.TotalSeconds:F0} s ({encoded / Math.Max(elapsed.TotalSeconds, 1e-9):F0} texts/s)");
    }

    public void CacheDiscarded(string path, string reason) =>
        Console.Error.WriteLine($"  MiniLM: the embedding cache {path} is unusable ({reason}); re-encoding.");
}
