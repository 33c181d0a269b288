using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class OrdinalEncoderTests
{
    [Fact]
    public void Transform_NewRows_SortedCodesAndNaNForUnseenAndMissing()
    {
        // Training Embarked levels sorted: C=0, Q=1, S=2.
        var fitted = new OrdinalEncoder("Embarked").FitTransform(FeatureSamples.Passengers(), default);

        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal([double.NaN, double.NaN, 0], FrameAssert.Numbers(test, "Embarked"));
        Assert.Equal([2.0, 0, 2, 2, double.NaN, 2, 1, 2], FrameAssert.Numbers(fitted.Train, "Embarked"));
    }

    [Fact]
    public void FitTransform_NoColumnsNamed_EveryCategoricalBecomesNumeric()
    {
        var fitted = new OrdinalEncoder().FitTransform(FeatureSamples.Passengers().Without("Name"), default);

        Assert.All(fitted.Train.Columns, c => Assert.Equal(ColumnKind.Numeric, c.Kind));
        Assert.Equal([1.0, 0, 0, 0, 1, 1, 1, 0], FrameAssert.Numbers(fitted.Train, "Sex"));
    }
}
