using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class DecisionTreeRegressorTests
{
    [Fact]
    public void Fit_FewDistinctValues_MatchesScikitLearnExactly()
    {
        var (train, y, query, expected, importances) = Golden();

        var model = new DecisionTreeRegressor { MaxDepth = 4, MinSamplesLeaf = 3 }.Fit(train, y);

        var predicted = model.Predict(query);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], predicted[i], 12);
        var ours = model.FeatureImportances();
        for (var f = 0; f < 3; f++)
            Assert.Equal(importances[f], ours[f], 10);
    }

    [Fact]
    public void Fit_StepFunction_SplitsAtMidpoint()
    {
        var x = Matrix.FromColumn([1, 2, 3, 10, 11, 12]);

        var model = new DecisionTreeRegressor().Fit(x, [5, 5, 5, 8, 8, 8]);

        Assert.Equal(3, model.NodeCount);
        Assert.Equal([5.0, 5, 8, 8], model.Predict(Matrix.FromColumn([-100, 6.5, 6.51, 100])));
    }

    [Fact]
    public void Fit_ConstantTarget_PredictsConstantFromOneLeaf()
    {
        var (x, _) = Kaggle.Testing.Synthetic.Regression(rows: 50);

        var model = new DecisionTreeRegressor().Fit(x, Enumerable.Repeat(2.5, 50).ToArray());

        Assert.Equal(1, model.NodeCount);
        Assert.All(model.Predict(x), p => Assert.Equal(2.5, p));
        Assert.All(model.FeatureImportances(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Fit_Weights_GiveWeightedMeanLeaves()
    {
        var x = Matrix.FromColumn([0, 0, 1, 1]);

        var model = new DecisionTreeRegressor().Fit(x, [1, 4, 10, 20], [2, 1, 1, 3]);

        Assert.Equal([2.0, 17.5], model.Predict(Matrix.FromColumn([0, 1])));
    }

    [Fact]
    public void Fit_MinSamplesLeaf_EveryLeafHoldsEnoughRows()
    {
        var (x, y) = Kaggle.Testing.Synthetic.Regression(rows: 200);

        var model = new DecisionTreeRegressor { MinSamplesLeaf = 30 }.Fit(x, y);

        Assert.True(model.LeafCount <= 200 / 30, $"{model.LeafCount} leaves of ≥ 30 rows out of 200");
        Assert.True(model.LeafCount > 1);
    }

    [Fact]
    public void Fit_NegativeMinSamplesLeaf_Throws()
    {
        var (x, y) = Kaggle.Testing.Synthetic.Regression(rows: 20);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DecisionTreeRegressor { MinSamplesLeaf = 0 }.Fit(x, y));

        Assert.Contains("MinSamplesLeaf", error.Message, StringComparison.Ordinal);
    }

    private static (Matrix Train, double[] Y, Matrix Query, double[] Expected, double[] Importances) Golden()
    {
        List<double[]> train = [], query = [];
        List<double> y = [], expected = [];
        double[] importances = [];
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Trees", "regression_tree_golden.csv")))
        {
            if (line.StartsWith('#')) continue;
            var parts = line.Split(',');
            var values = parts[1..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            switch (parts[0])
            {
                case "train": train.Add(values[..3]); y.Add(values[3]); break;
                case "query": query.Add(values[..3]); expected.Add(values[3]); break;
                default: importances = values[..3]; break;
            }
        }
        return (Matrix.FromRows([.. train]), [.. y], Matrix.FromRows([.. query]), [.. expected], importances);
    }
}
