using Kaggle.Core.Features.Embeddings;

namespace Kaggle.Text.Embeddings.Tests;

/// <summary>One encoder for the class: loading the ONNX model takes a second or two.</summary>
public sealed class MiniLmEncoderFixture : IDisposable
{
    public MiniLmEncoder Encoder { get; } = new(threads: 1);

    public void Dispose() => Encoder.Dispose();
}

public sealed class MiniLmEncoderTests(MiniLmEncoderFixture fixture) : IClassFixture<MiniLmEncoderFixture>
{
    [Fact]
    public void Encode_Tweets_UnitVectorsOf384()
    {
        var vectors = fixture.Encoder.Encode(["Forest fire near La Ronge Sask. Canada", "I love fruits"]);

        Assert.Equal(2, vectors.Length);
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), precision: 4));
    }

    [Fact]
    public void Encode_SimilarMeaning_CloserThanUnrelated()
    {
        var v = fixture.Encoder.Encode(["The house is on fire", "Flames are burning the building", "I enjoy a quiet cup of tea"]);

        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]) + 0.1);
    }

    [Fact]
    public void Encode_SameTextAloneOrInABatch_SameVector()
    {
        var alone = fixture.Encoder.Encode(["Earthquake!"])[0];
        var batched = fixture.Encoder.Encode(["Earthquake!", "A much longer sentence that forces padding of the short one in the batch"])[0];

        Assert.Equal(1.0, Dot(alone, batched), precision: 4);
    }

    [Theory]
    [InlineData("")]
    [InlineData("🔥🔥🔥😱")]
    [InlineData("地震が発生しました")]
    [InlineData("&amp; @user http://t.co/abc #fire")]
    public void Encode_UnusualText_FiniteVector(string text)
    {
        var vector = fixture.Encoder.Encode([text])[0];

        Assert.Equal(384, vector.Length);
        Assert.All(vector, x => Assert.True(float.IsFinite(x)));
    }

    [Fact]
    public void Encode_HundredKilobyteTextThroughTheCache_Works()
    {
        var folder = Directory.CreateTempSubdirectory("minilm-").FullName;
        var cache = new EmbeddingCache(fixture.Encoder, folder);

        var vector = cache.Encode([string.Concat(Enumerable.Repeat("fire ", 20_000))])[0];

        Assert.Equal(384, vector.Length);
        Assert.All(vector, x => Assert.True(float.IsFinite(x)));
    }

    [Fact]
    public void Encode_NullText_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => fixture.Encoder.Encode([null!]));

        Assert.Contains("Text 0 is null", error.Message, StringComparison.Ordinal);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
