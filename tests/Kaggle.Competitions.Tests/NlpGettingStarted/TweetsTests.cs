using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;
using NlpGettingStarted;

namespace Kaggle.Competitions.Tests.NlpGettingStarted;

public sealed class TweetsTests
{
    [Fact]
    public void Prepare_UrlEscapedKeyword_Decoded()
    {
        var frame = new Frame(new TextColumn("keyword", ["forest%20fire", null]), new TextColumn("text", ["a", "b"]));

        var prepared = Tweets.Prepare(frame);

        Assert.Equal("forest fire", prepared["keyword"].Format(0));
        Assert.Null(prepared["keyword"].Format(1));
    }

    [Fact]
    public void Prepare_NoTextColumn_NamesTheColumns()
    {
        var frame = new Frame(new TextColumn("keyword", ["fire"]), new TextColumn("tweet", ["a"]));

        var error = Assert.Throws<InvalidDataException>(() => Tweets.Prepare(frame));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
        Assert.Contains("keyword, tweet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FastModels_UnusualTexts_CrossValidateToFiniteProbabilities()
    {
        var (train, y) = Tweets40();

        foreach (var model in TweetModels.Sparse(fast: true))
        {
            var result = new CrossValidation(new StratifiedKFold(2), new F1()).Run(model, train, y, test: train);

            Assert.All(result.OutOfFold.Array, p => Assert.InRange(p, 0, 1));
            Assert.All(result.Test!.Array, p => Assert.InRange(p, 0, 1));
        }
    }

    /// <summary>40 tweets, half about disasters, with an empty text, a missing one, emoji only, Japanese and 100 kB of text.</summary>
    private static (Frame Train, double[] Y) Tweets40()
    {
        string?[] odd = ["", null, "🔥🔥😱", "地震が発生しました", string.Concat(Enumerable.Repeat("flood ", 17_000))];
        var texts = new string?[40];
        var keywords = new string?[40];
        var y = new double[40];
        for (var i = 0; i < 40; i++)
        {
            y[i] = i % 2;
            texts[i] = i < odd.Length ? odd[i] : y[i] == 1 ? $"Forest fire near town {i} evacuate now" : $"I love my new phone {i} so much";
            keywords[i] = y[i] == 1 ? "fire" : null;
        }
        var frame = new Frame(new TextColumn("keyword", keywords), new TextColumn("location", new string?[40]), new TextColumn("text", texts));
        return (Tweets.Prepare(frame), y);
    }
}
