namespace Kaggle.XGBoost.Tests;

public sealed class XGBoostParametersTests
{
    [Fact]
    public void Equals_SameContentBuiltDifferently_IsTrue()
    {
        XGBoostParameters fromPairs = [new("b", "2"), new("a", "1")];
        var fromWith = XGBoostParameters.Empty.With("a", "1").With("b", "2");

        Assert.Equal(fromWith, fromPairs);
        Assert.Equal(fromWith.GetHashCode(), fromPairs.GetHashCode());
        Assert.NotEqual(fromWith, fromWith.With("b", "3"));
        Assert.NotEqual(fromWith, fromWith.Without("a"));
    }

    [Fact]
    public void With_ExistingName_ReplacesTheValueAndLeavesTheOriginal()
    {
        var original = XGBoostParameters.Empty.With("gamma", "1");

        var changed = original.With("gamma", "2");

        Assert.Equal("1", original["gamma"]);
        Assert.Equal("2", changed["gamma"]);
        Assert.Single(changed);
    }

    [Fact]
    public void Constructor_NameGivenTwice_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => new XGBoostParameters([new("gamma", "1"), new("gamma", "2")]));

        Assert.Contains("gamma", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_BlankName_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => XGBoostParameters.Empty.With(" ", "1"));
    }

    [Fact]
    public void ToString_ListsPairsSortedByName()
    {
        var parameters = XGBoostParameters.Empty.With("max_delta_step", "1").With("gamma", "0.5");

        Assert.Equal("{ gamma = 0.5, max_delta_step = 1 }", parameters.ToString());
        Assert.Equal("{ }", XGBoostParameters.Empty.ToString());
    }
}
