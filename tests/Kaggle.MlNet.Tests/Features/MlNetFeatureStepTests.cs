using Kaggle.Core.Data;
using Kaggle.MlNet.Data;
using Kaggle.MlNet.Features;
using Microsoft.ML;

namespace Kaggle.MlNet.Tests.Features;

public sealed class MlNetFeatureStepTests
{
    [Fact]
    public void FitTransform_MinMaxOnNumericColumns_ScalesWithTrainingRangeOnly()
    {
        var train = new Frame(new NumericColumn("a", [0, 5, 10]), new NumericColumn("b", [1, 2, 3]));
        var test = new Frame(new NumericColumn("a", [20]), new NumericColumn("b", [2]));
        var step = new MlNetFeatureStep
        {
            NumericColumns = ["a", "b"], OutputColumn = MlNetColumns.Features, Prefix = "scaled_",
            Transform = ml => ml.Transforms.NormalizeMinMax(MlNetColumns.Features, fixZero: false),
        };

        var fitted = step.FitTransform(train, default);
        var transformed = fitted.Step.Transform(test);

        Assert.Equal(["scaled_0", "scaled_1"], fitted.Train.Names);
        Assert.Equal([0, 0.5, 1], fitted.Train.Numeric("scaled_0").ToArray());
        Assert.Equal(2.0, transformed.Numeric("scaled_0")[0], 6);   // 20 beyond the training range [0, 10]
    }

    [Fact]
    public void FitTransform_FeaturizeTextOnATextColumn_AddsFixedWidthNumericColumns()
    {
        var train = new Frame(new TextColumn("review", ["good film", "bad film", "good good", null]), new NumericColumn("x", [1, 2, 3, 4]));
        var step = new MlNetFeatureStep
        {
            TextColumns = ["review"], OutputColumn = "Words", KeepInputs = false,
            Transform = ml => ml.Transforms.Text.FeaturizeText("Words", "review"),
        };

        var fitted = step.FitTransform(train, default);
        var later = fitted.Step.Transform(new Frame(new TextColumn("review", ["unseen words"]), new NumericColumn("x", [5])));

        Assert.False(fitted.Train.Contains("review"));
        Assert.True(fitted.Train.Contains("x"));
        Assert.True(fitted.Train.ColumnCount > 2);
        Assert.Equal(fitted.Train.Names, later.Names);
    }

    [Fact]
    public void FitTransform_MissingColumn_ThrowsNamingIt()
    {
        var train = new Frame(new NumericColumn("a", [1, 2]));
        var step = new MlNetFeatureStep { NumericColumns = ["nope"], OutputColumn = "Features", Transform = ml => ml.Transforms.NormalizeMinMax("Features") };

        var e = Assert.Throws<ArgumentException>(() => step.FitTransform(train, default));

        Assert.Contains("'nope'", e.Message, StringComparison.Ordinal);
    }
}
