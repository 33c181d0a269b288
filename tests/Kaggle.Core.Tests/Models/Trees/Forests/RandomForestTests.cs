using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class RandomForestTests
{
    [Fact]
    public void Fit_OneTreeWithoutBootstrapOrFeatureSampling_EqualsDecisionTree()
    {
        var (x, y) = Synthetic.Regression(rows: 150);

        var forest = new RandomForestRegressor { Trees = 1, Bootstrap = false, MaxDepth = 5 }.Fit(x, y);
        var tree = new DecisionTreeRegressor { MaxDepth = 5 }.Fit(x, y);

        Assert.Equal(tree.Predict(x), forest.Predict(x));
        Assert.Equal(tree.FeatureImportances(), forest.FeatureImportances());
    }

    [Fact]
    public void Fit_MoreTrees_BeatsOneTreeOnHeldOutData()
    {
        var (x, y) = Synthetic.Binary(rows: 400);
        var (test, yTest) = Synthetic.Binary(rows: 400, seed: 99);

        var single = new DecisionTreeClassifier().Fit(x, y).PredictLabels(test);
        var forest = new RandomForestClassifier { Trees = 30, Threads = 2 }.Fit(x, y).PredictLabels(test);

        double Accuracy(int[] labels) => labels.Where((l, i) => l == yTest[i]).Count() / (double)labels.Length;
        Assert.True(Accuracy(forest) > Accuracy(single) + 0.02, $"forest {Accuracy(forest):F3} vs tree {Accuracy(single):F3}");
    }

    [Fact]
    public void Fit_DifferentSeeds_GiveDifferentForests()
    {
        var (x, y) = Synthetic.Binary(rows: 200);

        var a = new RandomForestClassifier { Trees = 5, Seed = 1 }.Fit(x, y).PredictProbabilities(x);
        var b = new RandomForestClassifier { Trees = 5, Seed = 2 }.Fit(x, y).PredictProbabilities(x);

        Assert.False(a.AsBytes().SequenceEqual(b.AsBytes()));
    }

    [Fact]
    public void FeatureImportances_SumToOneAndFavourSignal()
    {
        var (x, y) = Synthetic.Regression(rows: 300);

        var importances = new RandomForestRegressor { Trees = 10, MaxDepth = 6 }.Fit(x, y).FeatureImportances();

        Assert.Equal(1.0, importances.Sum(), 12);
        Assert.True(importances[0] > importances[3] && importances[0] > importances[4]);
    }

    [Fact]
    public void Fit_ZeroTrees_Throws()
    {
        var (x, y) = Synthetic.Binary(rows: 20);

        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomForestClassifier { Trees = 0 }.Fit(x, y));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomForestClassifier { Threads = -1 }.Fit(x, y));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomForestClassifier { MaxFeatures = MaxFeatures.Fraction(1.5) }.Fit(x, y));
    }
}
