using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Models.Decomposition;

namespace Kaggle.Core.Tests.Features;

public sealed class PcaFeaturesTests
{
    [Fact]
    public void FitTransform_NamedColumns_ReplacedByComponentsOfTheTrainingRows()
    {
        var train = Frame(seed: 1, rows: 30);
        var step = new PcaFeatures("a", "b", "c") { Pca = new Pca { Components = 2 } };

        var fitted = step.FitTransform(train, []);

        Assert.Equal(["id", "pca0", "pca1"], fitted.Train.Names);
        var direct = new Pca { Components = 2 }.Fit(train.Select("a", "b", "c").ToMatrix()).Transform(train.Select("a", "b", "c").ToMatrix());
        Assert.Equal(direct.Column(1), fitted.Train.Numeric("pca1").ToArray());
    }

    [Fact]
    public void Transform_OtherFrame_UsesTheTrainingFit()
    {
        var train = Frame(seed: 1, rows: 30);
        var test = Frame(seed: 2, rows: 7);
        var fitted = new PcaFeatures { Pca = new Pca { Components = 3 }, KeepInputs = true }.FitTransform(train, []);

        var output = fitted.Step.Transform(test);

        var model = new Pca { Components = 3 }.Fit(train.Select("id", "a", "b", "c").ToMatrix());
        Assert.Equal(model.Transform(test.Select("id", "a", "b", "c").ToMatrix()).Column(2), output.Numeric("pca2").ToArray());
        Assert.Equal(test.Numeric("a").ToArray(), output.Numeric("a").ToArray());
    }

    [Fact]
    public void FitTransform_MissingValue_ThrowsNamingColumnAndRow()
    {
        var train = Frame(seed: 1, rows: 10).With(new NumericColumn("b", [1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10]));

        var error = Assert.Throws<ArgumentException>(() => new PcaFeatures("a", "b").FitTransform(train, []));

        Assert.Contains("column 'b' row 2", error.Message, StringComparison.Ordinal);
    }

    private static Frame Frame(int seed, int rows)
    {
        var random = new SplitMix64(seed);
        double[] Column(double scale) => [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() * scale)];
        var a = Column(10);
        return new Frame(
            new NumericColumn("id", [.. Enumerable.Range(0, rows).Select(i => (double)i)]),
            new NumericColumn("a", a),
            new NumericColumn("b", [.. a.Select(v => (2 * v) + random.NextDouble())]),
            new NumericColumn("c", Column(3)));
    }
}
