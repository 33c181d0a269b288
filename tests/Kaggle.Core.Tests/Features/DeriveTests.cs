using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

public sealed class DeriveTests
{
    [Fact]
    public void Transform_RowFunction_AppliedToEveryFrame()
    {
        var step = new Derive("FarePerYear", r => r.Number("Fare") / r.Number("Age"));

        var fitted = step.FitTransform(FeatureSamples.Passengers(), default);
        var test = fitted.Step.Transform(FeatureSamples.NewPassengers());

        Assert.Equal("FarePerYear", test.Columns[^1].Name);
        Assert.Equal([double.NaN, double.NaN, double.NaN], FrameAssert.Numbers(test, "FarePerYear"));
        Assert.Equal(7.25 / 22, fitted.Train.Numeric("FarePerYear")[0]);
    }

    [Fact]
    public void Transform_TextRowFunction_MakesCategorical()
    {
        var step = new Derive("Initial", r => r.Text("Name")?[..1]);

        var result = step.FitTransform(FeatureSamples.NewPassengers(), default).Train;

        Assert.Equal(["S", "J", "B"], result.Categorical("Initial").Categories);
    }

    [Fact]
    public void Transform_FrameFunctionSameName_ReplacesInPlace()
    {
        var step = new Derive(f => new NumericColumn("Fare", [.. f.Numeric("Fare").Values.ToArray().Select(v => Math.Log(1 + v))]));

        var result = step.FitTransform(FeatureSamples.NewPassengers(), default).Train;

        Assert.Equal(1, result.Names.ToList().IndexOf("Fare"));
        Assert.Equal(Math.Log(11), result.Numeric("Fare")[0], 12);
    }

    [Fact]
    public void Transform_WrongLength_Throws()
    {
        var step = new Derive(_ => new NumericColumn("x", [1]));

        Assert.Throws<InvalidOperationException>(() => step.FitTransform(FeatureSamples.NewPassengers(), default));
    }
}
