using HousePrices;
using Kaggle.Core.Data;

namespace Kaggle.Competitions.Tests.HousePrices;

public sealed class ClipToTrainingRangeTests
{
    [Fact]
    public void Transform_ValuesBeyondTrainingRange_ClippedToItsEnds()
    {
        var train = new Frame(new NumericColumn("GrLivArea", [800, 1500, 4000]), CategoricalColumn.FromStrings("Street", ["Pave", "Grvl", "Pave"]));
        var test = new Frame(new NumericColumn("GrLivArea", [5642, 300, 2000, double.NaN]), CategoricalColumn.FromStrings("Street", ["Pave", "Pave", "Grvl", "Pave"]));

        var fitted = new ClipToTrainingRange().FitTransform(train, [1, 2, 3]);
        var clipped = fitted.Step.Transform(test);

        Assert.Equal([800, 1500, 4000], fitted.Train.Numeric("GrLivArea").Values.ToArray());
        Assert.Equal([4000, 800, 2000, double.NaN], clipped.Numeric("GrLivArea").Values.ToArray());
        Assert.Equal(["Pave", "Pave", "Grvl", "Pave"], Enumerable.Range(0, 4).Select(i => clipped["Street"].Format(i)));
    }
}
