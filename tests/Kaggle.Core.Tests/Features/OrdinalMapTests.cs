using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class OrdinalMapTests
{
    private static Frame Quality(params string?[] levels) => new(CategoricalColumn.FromStrings("ExterQual", levels));

    [Fact]
    public void Transform_QualityScale_MapsLevelsAndMissingToZero()
    {
        var step = new OrdinalMap(OrdinalMap.QualityScale, "ExterQual");

        var fitted = step.FitTransform(Quality("Gd", "TA"), default);
        var test = fitted.Step.Transform(Quality("Ex", null, "Po", "Fa"));

        Assert.Equal([5.0, 0, 1, 2], FrameAssert.Numbers(test, "ExterQual"));
        Assert.Equal([4.0, 3], FrameAssert.Numbers(fitted.Train, "ExterQual"));
    }

    [Fact]
    public void Transform_MissingValueNaN_MapsMissingToNaN()
    {
        var step = new OrdinalMap(OrdinalMap.QualityScale, "ExterQual") { MissingValue = double.NaN };

        var result = step.FitTransform(Quality(null, "Ex"), default).Train;

        Assert.Equal([double.NaN, 5], FrameAssert.Numbers(result, "ExterQual"));
    }

    [Fact]
    public void Transform_UnknownLevelDefault_ThrowsNamingLevel()
    {
        var fitted = new OrdinalMap(OrdinalMap.QualityScale, "ExterQual").FitTransform(Quality("Gd"), default);

        var error = Assert.Throws<ArgumentException>(() => fitted.Step.Transform(Quality("Good")));

        Assert.Contains("'Good'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ExterQual'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_UnknownLevelNaN_MapsToNaN()
    {
        var step = new OrdinalMap(OrdinalMap.QualityScale, "ExterQual") { Unknown = UnknownLevel.NaN };

        var result = step.FitTransform(Quality("Good", "Gd"), default).Train;

        Assert.Equal([double.NaN, 4], FrameAssert.Numbers(result, "ExterQual"));
    }
}
