using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class MissingMeansNoneTests
{
    private static Frame Houses() => new(
        CategoricalColumn.FromStrings("PoolQC", [null, "Gd", null]),
        new NumericColumn("GarageArea", [double.NaN, 400, 250]),
        new NumericColumn("LotFrontage", [double.NaN, 60, 70]));

    [Fact]
    public void Transform_NamedColumns_NoneAndZero_OthersStillMissing()
    {
        var fitted = new MissingMeansNone("PoolQC", "GarageArea").FitTransform(Houses(), default);

        var result = fitted.Step.Transform(Houses());

        Assert.Equal("None", result.Categorical("PoolQC")[0]);
        Assert.Equal("Gd", result.Categorical("PoolQC")[1]);
        Assert.Equal([0.0, 400, 250], FrameAssert.Numbers(result, "GarageArea"));
        Assert.True(result["LotFrontage"].IsMissing(0));
    }

    [Fact]
    public void Transform_ThenOrdinalMap_NoneMapsThroughMapping()
    {
        var mapping = new Dictionary<string, double>(OrdinalMap.QualityScale) { ["None"] = 0 };
        var pipeline = new FeaturePipeline(new MissingMeansNone("PoolQC"), new OrdinalMap(mapping, "PoolQC"));

        var result = pipeline.FitTransform(Houses(), default).Train;

        Assert.Equal([0.0, 4, 0], FrameAssert.Numbers(result, "PoolQC"));
    }
}
