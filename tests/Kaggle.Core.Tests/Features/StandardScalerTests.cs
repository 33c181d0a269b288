using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class StandardScalerTests
{
    [Fact]
    public void Transform_NewRows_UsesTrainingMeanAndPopulationStd()
    {
        // x = 1, 3, NaN, 5: mean 3, population variance (4 + 0 + 4) / 3 = 8/3.
        var train = new Frame(new NumericColumn("x", [1, 3, double.NaN, 5]), new NumericColumn("c", [7, 7, 7, 7]));
        var std = Math.Sqrt(8.0 / 3);

        var fitted = new StandardScaler().FitTransform(train, default);
        var test = fitted.Step.Transform(new Frame(new NumericColumn("x", [3, 9, double.NaN]), new NumericColumn("c", [7, 8, 6])));

        Assert.Equal([0, 6 / std, double.NaN], FrameAssert.Numbers(test, "x"));
        Assert.Equal([0.0, 1, -1], FrameAssert.Numbers(test, "c")); // constant column: centred, not divided
        Assert.Equal([-2 / std, 0, double.NaN, 2 / std], FrameAssert.Numbers(fitted.Train, "x"));
    }

    [Fact]
    public void FitTransform_NamedColumns_LeavesOthers()
    {
        var train = new Frame(new NumericColumn("x", [1, 3]), new NumericColumn("y", [10, 20]));

        var result = new StandardScaler("y") { WithStd = false }.FitTransform(train, default).Train;

        Assert.Equal([1.0, 3], FrameAssert.Numbers(result, "x"));
        Assert.Equal([-5.0, 5], FrameAssert.Numbers(result, "y"));
    }

    [Fact]
    public void FitTransform_CategoricalNamed_ThrowsNamingKind()
    {
        var error = Assert.Throws<ArgumentException>(() => new StandardScaler("Sex").FitTransform(FeatureSamples.Passengers(), default));

        Assert.Contains("Categorical", error.Message, StringComparison.Ordinal);
    }
}
