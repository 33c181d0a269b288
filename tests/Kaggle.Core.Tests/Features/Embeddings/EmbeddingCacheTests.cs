using Kaggle.Core.Data;
using Kaggle.Core.Features.Embeddings;

namespace Kaggle.Core.Tests.Features.Embeddings;

public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("embedding-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Encode_RepeatedTexts_EncodesEachDistinctTextOnce()
    {
        var encoder = new CountingEncoder();
        var cache = new EmbeddingCache(encoder, _folder);

        var vectors = cache.Encode(["a", "bb", "a", "bb", "ccc"]);

        Assert.Equal(3, encoder.Texts);
        Assert.Same(vectors[0], vectors[2]);
        Assert.Equal([3f, 1f], vectors[4]);
    }

    [Fact]
    public void Encode_SecondCacheOnSameFolder_ReadsTheFileWithoutEncoding()
    {
        new EmbeddingCache(new CountingEncoder(), _folder).Encode(["fire", "flood"]);
        var encoder = new CountingEncoder();

        var vectors = new EmbeddingCache(encoder, _folder).Encode(["flood", "fire"]);

        Assert.Equal(0, encoder.Texts);
        Assert.Equal([5f, 1f], vectors[0]);
    }

    [Fact]
    public void Encode_CorruptFile_ReportedAndRebuilt()
    {
        var first = new EmbeddingCache(new CountingEncoder(), _folder);
        first.Encode(["fire", "flood"]);
        var bytes = File.ReadAllBytes(first.Path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(first.Path, bytes);
        var observer = new RecordingObserver();
        var encoder = new CountingEncoder();

        var vectors = new EmbeddingCache(encoder, _folder) { Observer = observer }.Encode(["fire"]);

        Assert.Equal(1, encoder.Texts);
        Assert.Equal([4f, 1f], vectors[0]);
        Assert.Contains("checksum", Assert.Single(observer.Discarded), StringComparison.Ordinal);
        var afterRebuild = new CountingEncoder();
        new EmbeddingCache(afterRebuild, _folder).Encode(["fire"]);
        Assert.Equal(0, afterRebuild.Texts);
    }

    [Fact]
    public void Encode_TruncatedFile_Rebuilt()
    {
        var first = new EmbeddingCache(new CountingEncoder(), _folder);
        first.Encode(["fire"]);
        File.WriteAllBytes(first.Path, File.ReadAllBytes(first.Path)[..10]);
        var encoder = new CountingEncoder();

        new EmbeddingCache(encoder, _folder).Encode(["fire"]);

        Assert.Equal(1, encoder.Texts);
    }

    [Fact]
    public void Encode_ReportsProgressPerBatch_AndLeavesNoTemporaryFile()
    {
        var observer = new RecordingObserver();
        var cache = new EmbeddingCache(new CountingEncoder(), _folder) { BatchSize = 2, Observer = observer };

        cache.Encode(["a", "b", "c", "d", "e"]);

        Assert.Equal([2, 4, 5], observer.Encoded);
        Assert.Equal([Path.GetFileName(cache.Path)], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Encode_HugeText_ClippedBeforeEncoding()
    {
        var encoder = new CountingEncoder();

        var vector = new EmbeddingCache(encoder, _folder).Encode([new string('x', 100_000)])[0];

        Assert.Equal(EmbeddingCache.MaxCharacters, vector[0]);
    }

    [Fact]
    public void Transform_TextColumn_BecomesEmbeddingColumns_MissingAsEmpty()
    {
        var step = new SentenceEmbedding("text", new EmbeddingCache(new CountingEncoder(), _folder));
        var frame = new Frame(new NumericColumn("id", [1, 2]), new TextColumn("text", ["abc", null]));

        var result = step.FitTransform(frame, [0, 1]).Train;

        Assert.Equal(["id", "text_emb0", "text_emb1"], result.Names);
        Assert.Equal([3.0, 0.0], result.Numeric("text_emb0").Values.ToArray());
    }

    [Fact]
    public void Transform_MissingTextColumn_NamesIt()
    {
        var step = new SentenceEmbedding("text", new EmbeddingCache(new CountingEncoder(), _folder));

        var error = Assert.Throws<KeyNotFoundException>(() => step.Transform(new Frame(new NumericColumn("id", [1]))));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Encodes a text as [its length, 1] and counts the texts it was asked for.</summary>
    private sealed class CountingEncoder : ITextEncoder
    {
        public int Texts { get; private set; }

        public string Name => "counting/v1";

        public int Dimension => 2;

        public float[][] Encode(IReadOnlyList<string> texts)
        {
            Texts += texts.Count;
            return [.. texts.Select(t => new float[] { t.Length, 1 })];
        }
    }

    private sealed class RecordingObserver : IEncodingObserver
    {
        public List<int> Encoded { get; } = [];

        public List<string> Discarded { get; } = [];

        public void Progress(int encoded, int total, TimeSpan elapsed) => Encoded.Add(encoded);

        public void CacheDiscarded(string path, string reason) => Discarded.Add(reason);
    }
}
