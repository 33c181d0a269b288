using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

/// <summary>
/// TestData/power_transform_sklearn.json was made once with numpy (seed 11, 30 values each): a lognormal sample, an
/// exponential sample shifted to mixed signs, and a left-skewed one (20 minus a lognormal); for each, scipy.stats.skew,
/// the lambda of sklearn's PowerTransformer(standardize=False) for yeo-johnson and (positive samples) box-cox, and
/// the transformed values of four probe points.
/// </summary>
public sealed class SkewCorrectorTests
{
    private static readonly JsonElement s_reference = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "power_transform_sklearn.json"))).RootElement;

    private static double[] Doubles(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetDouble())];

    [Theory]
    [InlineData("lognormal", SkewMethod.YeoJohnson, "yeo_johnson")]
    [InlineData("mixed_sign", SkewMethod.YeoJohnson, "yeo_johnson")]
    [InlineData("left_skewed", SkewMethod.YeoJohnson, "yeo_johnson")]
    [InlineData("lognormal", SkewMethod.BoxCox, "box_cox")]
    [InlineData("left_skewed", SkewMethod.BoxCox, "box_cox")]
    public void FitTransform_Sample_LambdaAndValuesMatchSklearn(string sample, SkewMethod method, string key)
    {
        var reference = s_reference.GetProperty(sample);
        var train = new Frame(new NumericColumn("x", Doubles(reference, "values")));

        var fitted = new SkewCorrector { Method = method }.FitTransform(train, default);
        var correction = Assert.Single(((SkewCorrectorModel)fitted.Step).Corrections);
        var probe = fitted.Step.Transform(new Frame(new NumericColumn("x", Doubles(reference, "probe"))));

        Assert.Equal(reference.GetProperty("skew").GetDouble(), correction.Skewness, 10);
        Assert.Equal(reference.GetProperty(key + "_lambda").GetDouble(), correction.Lambda, 6);
        var expected = Doubles(reference, key + "_probe");
        var actual = FrameAssert.Numbers(probe, "x");
        for (var i = 0; i < expected.Length; i++)
            // Relative 1e-5: at x = 80 and lambda ≈ 3.6, x^lambda magnifies scipy's Brent tolerance (~1e-8 in lambda).
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5 * Math.Max(1, Math.Abs(expected[i])), $"probe {i}: {expected[i]} vs {actual[i]}");
    }

    [Fact]
    public void FitTransform_Threshold_OnlySkewedColumnsChosenAtFit()
    {
        // "flat" is symmetric (skew 0); "long" is right-skewed: skew(1, 1, 1, 1, 10) = 1.5.
        var train = new Frame(new NumericColumn("flat", [1, 2, 3, 4, 5]), new NumericColumn("long", [1, 1, 1, 1, 10]));
        var test = new Frame(new NumericColumn("flat", [100, 0, 0, 0, 0]), new NumericColumn("long", [0, 1, 2, 3, 4]));

        var fitted = new SkewCorrector { Method = SkewMethod.Log1p, MinDistinct = 0 }.FitTransform(train, default);
        var result = fitted.Step.Transform(test);

        Assert.Equal("long", Assert.Single(((SkewCorrectorModel)fitted.Step).Corrections).Column);
        Assert.Equal([100.0, 0, 0, 0, 0], FrameAssert.Numbers(result, "flat"));
        Assert.Equal([0, Math.Log(2), Math.Log(3), Math.Log(4), Math.Log(5)], FrameAssert.Numbers(result, "long"));
    }

    [Fact]
    public void FitTransform_FewDistinctValues_ColumnLeftAlone()
    {
        // Kitchens: 1 almost everywhere, skew 1.9, but only three distinct values.
        var kitchens = new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 2, 3 };
        var train = new Frame(new NumericColumn("KitchenAbvGr", kitchens));

        var guarded = new SkewCorrector().FitTransform(train, default);
        var unguarded = new SkewCorrector { MinDistinct = 0 }.FitTransform(train, default);

        Assert.Empty(((SkewCorrectorModel)guarded.Step).Corrections);
        Assert.Single(((SkewCorrectorModel)unguarded.Step).Corrections);
    }

    [Fact]
    public void Transform_OutOfDomain_NaN()
    {
        var train = new Frame(new NumericColumn("x", [1, 1, 1, 2, 30]));

        var fitted = new SkewCorrector { Method = SkewMethod.BoxCox, MinDistinct = 0 }.FitTransform(train, default);
        var result = fitted.Step.Transform(new Frame(new NumericColumn("x", [0, -1, double.NaN, 1])));

        Assert.Equal([double.NaN, double.NaN, double.NaN, 0], FrameAssert.Numbers(result, "x"));
    }

    [Fact]
    public void FitTransform_BoxCoxNonPositiveTrainingValue_ThrowsNamingColumn()
    {
        var train = new Frame(new NumericColumn("x", [0, 1, 1, 2, 30]));

        var error = Assert.Throws<ArgumentException>(() => new SkewCorrector { Method = SkewMethod.BoxCox, MinDistinct = 0 }.FitTransform(train, default));

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }
}
