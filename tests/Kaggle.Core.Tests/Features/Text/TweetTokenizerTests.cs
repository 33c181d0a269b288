using Kaggle.Core.Features.Text;

namespace Kaggle.Core.Tests.Features.Text;

public sealed class TweetTokenizerTests
{
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        TweetTokenizer.Tokenize(TweetTokenizer.Normalize(text, lowercase: true), tokens);
        return tokens;
    }

    [Fact]
    public void Tokenize_UrlMentionHashtagNumber_KeepsTypedTokens()
    {
        var tokens = Tokens("@Bob FIRE at http://t.co/abc123 #Wildfire 13,000 homes!");

        Assert.Equal(["<user>", "fire", "at", "<url>", "#wildfire", "<num>", "homes"], tokens);
    }

    [Fact]
    public void Normalize_HtmlEntitiesAndFullWidth_DecodedAndFolded()
    {
        var tokens = Tokens("Fish &amp; Chips ＦＵＬＬ don't");

        Assert.Equal(["fish", "chips", "full", "don't"], tokens);
    }

    [Fact]
    public void Tokenize_Emoji_EachIsAToken()
    {
        Assert.Equal(["🔥", "🔥", "help"], Tokens("🔥🔥 help"));
    }

    [Fact]
    public void Tokenize_EmptyText_NoTokens()
    {
        Assert.Empty(Tokens(""));
    }
}
