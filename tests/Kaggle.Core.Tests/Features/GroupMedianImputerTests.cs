using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class GroupMedianImputerTests
{
    [Fact]
    public void Transform_NewRows_UsesGroupMedianAndGlobalForUnseenGroup()
    {
        // Training ages by title: Mr 22, 54 (row 4 missing) → 38; Mrs 35, 27 (row 1 missing) → 31; Miss 26; Master 2.
        // Global median of 2, 22, 26, 27, 35, 54 is 26.5.
        var fitted = new GroupMedianImputer("Age", "Title").FitTransform(FeatureSamples.Passengers(), default);

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal([26.5, 40, 38], FrameAssert.Numbers(test, "Age"));
        Assert.Equal([22.0, 31, 26, 35, 38, 54, 2, 27], FrameAssert.Numbers(fitted.Train, "Age"));
    }

    [Fact]
    public void Transform_MissingGroupValue_FallsBackToGlobalMedian()
    {
        var fitted = new GroupMedianImputer("Age", "Title").FitTransform(FeatureSamples.Passengers(), default);
        var probe = new Frame(new NumericColumn("Age", [double.NaN]), CategoricalColumn.FromStrings("Title", [null]));

        var result = fitted.Step.Transform(probe);

        Assert.Equal([26.5], FrameAssert.Numbers(result, "Age"));
    }

    [Fact]
    public void Transform_TwoGroupColumnsAndMinCount_SmallGroupsUseGlobal()
    {
        var imputer = new GroupMedianImputer("Age", "Title", "Sex") { MinGroupCount = 2, AddIndicator = true };

        var fitted = imputer.FitTransform(FeatureSamples.Passengers(), default);

        // (Mr, male) has 22 and 54 → 38; (Mrs, female) has 35 and 27 → 31.
        Assert.Equal(38, FrameAssert.Numbers(fitted.Train, "Age")[4]);
        Assert.Equal(31, FrameAssert.Numbers(fitted.Train, "Age")[1]);
        Assert.Equal([0.0, 1, 0, 0, 1, 0, 0, 0], FrameAssert.Numbers(fitted.Train, "Age_missing"));
        var single = new Frame(new NumericColumn("Age", [double.NaN]),
            CategoricalColumn.FromStrings("Title", ["Miss"]), CategoricalColumn.FromStrings("Sex", ["female"]));
        Assert.Equal([26.5], FrameAssert.Numbers(fitted.Step.Transform(single), "Age"));
    }

    [Fact]
    public void FitTransform_NumericGroupColumn_Works()
    {
        var train = new Frame(new NumericColumn("Age", [10, 20, double.NaN, 40]), new NumericColumn("Pclass", [1, 1, 1, 3]));

        var fitted = new GroupMedianImputer("Age", "Pclass").FitTransform(train, default);

        Assert.Equal([10.0, 20, 15, 40], FrameAssert.Numbers(fitted.Train, "Age"));
    }

    [Fact]
    public void FitTransform_NoObservedValue_Throws()
    {
        var train = new Frame(new NumericColumn("Age", [double.NaN]), CategoricalColumn.FromStrings("Title", ["Mr"]));

        Assert.Throws<ArgumentException>(() => new GroupMedianImputer("Age", "Title").FitTransform(train, default));
    }
}
