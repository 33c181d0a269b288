using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class GroupOutcomeEncoderTests
{
    // g = a, a, a, b, missing, c with y = 1, 0, 1, 1, 0, 0.
    private static Frame Small() => new(
        CategoricalColumn.FromStrings("g", ["a", "a", "a", "b", null, "c"]),
        new NumericColumn("x", [1, 2, 3, 4, 5, 6]));

    private static readonly double[] s_y = [1, 0, 1, 1, 0, 0];

    [Fact]
    public void FitTransform_TrainingRows_LeaveOwnTargetOut()
    {
        var fitted = new GroupOutcomeEncoder("g").FitTransform(Small(), s_y);

        var others = FrameAssert.Numbers(fitted.Train, "g_others");
        var mean = FrameAssert.Numbers(fitted.Train, "g_others_mean");

        Assert.Equal([2.0, 2, 2, 0, 0, 0], others);
        Assert.Equal([0.5, 1, 0.5], mean[..3]);
        Assert.All(mean[3..], m => Assert.True(double.IsNaN(m)));
        Assert.Equal(["g_others", "g_others_mean", "x"], fitted.Train.Names);
    }

    [Fact]
    public void FitTransform_FlipOwnTarget_OwnFeaturesUnchanged()
    {
        var flipped = (double[])s_y.Clone();
        flipped[0] = 0;

        var a = new GroupOutcomeEncoder("g").FitTransform(Small(), s_y).Train;
        var b = new GroupOutcomeEncoder("g").FitTransform(Small(), flipped).Train;

        Assert.Equal(FrameAssert.Numbers(a, "g_others_mean")[0], FrameAssert.Numbers(b, "g_others_mean")[0]);
        Assert.NotEqual(FrameAssert.Numbers(a, "g_others_mean")[1], FrameAssert.Numbers(b, "g_others_mean")[1]);
    }

    [Fact]
    public void Transform_NewRows_EveryTrainingMemberCountsUnknownOtherwise()
    {
        var fitted = new GroupOutcomeEncoder("g") { Unknown = -1 }.FitTransform(Small(), s_y);
        var test = new Frame(CategoricalColumn.FromStrings("g", ["a", "b", "d", null]), new NumericColumn("x", [0, 0, 0, 0]));

        var encoded = fitted.Step.Transform(test);

        Assert.Equal([3.0, 1, 0, 0], FrameAssert.Numbers(encoded, "g_others"));
        Assert.Equal([2.0 / 3, 1, -1, -1], FrameAssert.Numbers(encoded, "g_others_mean"));
    }

    [Fact]
    public void FitTransform_MissingKeyColumn_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new GroupOutcomeEncoder("family").FitTransform(Small(), s_y));

        Assert.Contains("'family'", error.Message, StringComparison.Ordinal);
    }
}
