using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class TargetEncoderTests
{
    // c = a, a, b, b, a, c with y = 1, 0, 1, 1, 1, 0.
    private static Frame Small() => new(CategoricalColumn.FromStrings("c", ["a", "a", "b", "b", "a", "c"]));

    private static readonly double[] s_y = [1, 0, 1, 1, 1, 0];

    [Fact]
    public void Transform_NewRows_FullFitSmoothedMeansAndPriorForUnseen()
    {
        // Prior 4/6 = 2/3; with Smoothing 1: a (2 of 3) → (2 + 2/3) / 4 = 2/3; b (2 of 2) → (2 + 2/3) / 3 = 8/9;
        // c (0 of 1) → (2/3) / 2 = 1/3; unseen d and missing (none in training) → the prior 2/3.
        var fitted = new TargetEncoder("c") { Smoothing = 1 }.FitTransform(Small(), s_y);

        var test = fitted.Step.Transform(new Frame(CategoricalColumn.FromStrings("c", ["a", "b", "c", "d", null])));

        Assert.Equal([2.0 / 3, 8.0 / 9, 1.0 / 3, 2.0 / 3, 2.0 / 3], FrameAssert.Numbers(test, "c"), new Tolerance(1e-12));
    }

    [Fact]
    public void FitTransform_LeaveOneOutFolds_TrainingRowsUsePerFoldPrior()
    {
        // With 6 folds of 6 rows each row is encoded from the other five.
        // Row 0 (a, y 1): others' prior 3/5, other a's: rows 1, 4 → (1 + 0.6) / 3. Row 5 (c): no other c → its prior 4/5.
        var fitted = new TargetEncoder("c") { Smoothing = 1, Folds = 6 }.FitTransform(Small(), s_y);

        var train = FrameAssert.Numbers(fitted.Train, "c");

        Assert.Equal(1.6 / 3, train[0], 12);
        Assert.Equal(0.8, train[5], 12);
    }

    [Fact]
    public void FitTransform_FlipOwnTarget_OwnEncodingUnchanged()
    {
        var train = FeatureStepConformanceTests.RandomFrame(seed: 5);
        var y = FeatureStepConformanceTests.Target(train.RowCount);
        var encoder = new TargetEncoder("Title", "Embarked") { Folds = 3, Smoothing = 2 };
        var baseline = encoder.FitTransform(train, y).Train;
        var othersChanged = false;

        for (var i = 0; i < train.RowCount; i++)
        {
            var flipped = (double[])y.Clone();
            flipped[i] = 1 - flipped[i];
            var result = encoder.FitTransform(train, flipped).Train;
            foreach (var column in new[] { "Title", "Embarked" })
            {
                Assert.Equal(baseline.Numeric(column)[i], result.Numeric(column)[i]);
                othersChanged |= !FrameAssert.Numbers(baseline, column).SequenceEqual(FrameAssert.Numbers(result, column));
            }
        }

        Assert.True(othersChanged, "Flipping a target should change some other row's encoding.");
    }

    [Fact]
    public void FitTransform_SameSeed_Identical_OtherSeed_Differs()
    {
        var train = FeatureStepConformanceTests.RandomFrame(seed: 5);
        var y = FeatureStepConformanceTests.Target(train.RowCount);

        var a = new TargetEncoder { Seed = 1 }.FitTransform(train, y).Train;
        var b = new TargetEncoder { Seed = 1 }.FitTransform(train, y).Train;
        var c = new TargetEncoder { Seed = 2 }.FitTransform(train, y).Train;

        FrameAssert.Equal(a, b);
        Assert.NotEqual(FrameAssert.Numbers(a, "Title"), FrameAssert.Numbers(c, "Title"));
    }

    [Fact]
    public void FitTransform_KeepOriginal_AddsSuffixedColumnAfterSource()
    {
        var fitted = new TargetEncoder("c") { KeepOriginal = true, Folds = 2 }.FitTransform(Small(), s_y);

        Assert.Equal(["c", "c_target"], fitted.Train.Names);
        Assert.Equal(["c", "c_target"], fitted.Step.Transform(Small()).Names);
    }

    [Fact]
    public void FitTransform_MissingLevel_EncodedAsItsOwnLevel()
    {
        var train = new Frame(CategoricalColumn.FromStrings("c", [null, null, "a", "a"]));

        var fitted = new TargetEncoder("c") { Smoothing = 0, Folds = 2 }.FitTransform(train, [1, 1, 0, 0]);

        Assert.Equal([1.0], FrameAssert.Numbers(fitted.Step.Transform(new Frame(CategoricalColumn.FromStrings("c", [null]))), "c"));
    }

    [Fact]
    public void FitTransform_TargetLengthMismatch_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new TargetEncoder("c").FitTransform(Small(), [1, 0]));

        Assert.Contains("6 rows but the target has 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTransform_OneFold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetEncoder("c") { Folds = 1 }.FitTransform(Small(), s_y));
    }
}
