using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class MaxFeaturesTests
{
    [Theory]
    [InlineData("sqrt", 28, 5)]
    [InlineData("log2", 28, 4)]
    [InlineData("all", 28, 28)]
    [InlineData("third", 28, 9)]
    [InlineData("count", 28, 7)]
    [InlineData("count", 3, 3)]
    [InlineData("sqrt", 1, 1)]
    public void Resolve_KnownRules_MatchScikitLearn(string rule, int features, int expected)
    {
        var maxFeatures = rule switch
        {
            "sqrt" => MaxFeatures.Sqrt,
            "log2" => MaxFeatures.Log2,
            "third" => MaxFeatures.Fraction(1.0 / 3),
            "count" => MaxFeatures.Count(7),
            _ => MaxFeatures.All,
        };

        Assert.Equal(expected, maxFeatures.Resolve(features));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(MaxFeatures.Fraction(0.5), MaxFeatures.Fraction(0.5));
        Assert.NotEqual(MaxFeatures.Sqrt, MaxFeatures.Log2);
        Assert.Equal("sqrt", MaxFeatures.Sqrt.ToString());
    }

    [Fact]
    public void Resolve_ZeroCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxFeatures.Count(0).Resolve(10));
    }
}
