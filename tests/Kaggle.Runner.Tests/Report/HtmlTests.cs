using Kaggle.Runner.Report;

namespace Kaggle.Runner.Tests.Report;

public sealed class HtmlTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.26354, "0.2635")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(300000.0, "300k")]
    [InlineData(1500000.0, "1.5M")]
    [InlineData(0.000008, "8e-6")]
    public void G_Values_CompactInvariantText(double value, string expected)
    {
        var text = Html.G(value);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void E_MarkupInName_Escaped()
    {
        var text = Html.E("<b>&\"");

        Assert.Equal("&lt;b&gt;&amp;&quot;", text);
    }

    [Fact]
    public void N_NaNAndNull_Dash()
    {
        Assert.Equal("–", Html.N(double.NaN));
        Assert.Equal("–", Html.N(null));
        Assert.Equal("0.12", Html.N(0.1234, 2));
    }
}
