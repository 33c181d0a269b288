using Kaggle.Api.Http;

namespace Kaggle.Api.Tests.Http;

public sealed class SlugSuggestionsTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("titanic", "titanic", 0)]
    [InlineData("titanik", "titanic", 1)]
    public void Distance_KnownPairs(string a, string b, int expected) =>
        Assert.Equal(expected, SlugSuggestions.Distance(a, b));

    [Fact]
    public void Closest_PicksNearOnesClosestFirst()
    {
        var found = SlugSuggestions.Closest("house-price", ["house-prices-advanced-regression-techniques", "titanic", "house-prices"]);

        Assert.Equal(["house-prices", "house-prices-advanced-regression-techniques"], found);
    }

    [Fact]
    public void Closest_NothingNear_Empty() =>
        Assert.Empty(SlugSuggestions.Closest("digit-recognizer", ["titanic", "spaceship-titanic"]));
}
