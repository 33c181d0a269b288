using System.Text;
using Kaggle.Core.Data;
using Kaggle.Core.Features.Text;

namespace Kaggle.Core.Tests.Features.Text;

public sealed class HashingVectorizerTests
{
    [Theory]
    [InlineData("hashing_word12")]
    [InlineData("hashing_charwb24_noalt")]
    public void Transform_GoldenTweets_MatchesScikitLearn(string name)
    {
        var step = name == "hashing_word12"
            ? new HashingVectorizer("text") { Features = 1 << 10, Analysis = TextAnalysis.Words(1, 2) }
            : new HashingVectorizer("text") { Features = 1 << 8, Analysis = TextAnalysis.CharactersInWords(2, 4), AlternateSign = false, Norm = TextNorm.None };
        var expected = TextGolden.Vectorizer(name);

        var train = step.FitTransform(TextGolden.Frame("train"), default).Train.ToFeatureMatrix().Sparse!.ToDense();
        var test = step.Transform(TextGolden.Frame("test")).ToFeatureMatrix().Sparse!.ToDense();

        TextGolden.AssertClose(TextGolden.Dense(expected.GetProperty("train")), train, 1e-9);
        TextGolden.AssertClose(TextGolden.Dense(expected.GetProperty("test")), test, 1e-9);
    }

    // Values of scikit-learn's murmurhash3_32(s, seed=0, positive=True).
    [Theory]
    [InlineData("", 0u)]
    [InlineData("a", 1009084850u)]
    [InlineData("ab", 2613040991u)]
    [InlineData("abc", 3017643002u)]
    [InlineData("abcd", 1139631978u)]
    [InlineData("café", 605818632u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 776992547u)]
    public void Hash32_KnownStrings_MatchScikitLearn(string text, uint expected)
    {
        Assert.Equal(expected, MurmurHash3.Hash32(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Transform_FeatureNames_AreComputedNotStored()
    {
        var frame = new HashingVectorizer("text").Transform(new Frame(new TextColumn("text", ["fire"])));

        var block = (SparseBlockColumn)frame["text"];

        Assert.Equal(1 << 20, block.FeatureNames.Count);
        Assert.Equal("hash:7", block.FeatureNames[7]);
    }
}
