using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Trees;

public sealed class DecisionTreeClassifierTests
{
    [Fact]
    public void Fit_SeparableByOneThreshold_OneSplitAndPureLeaves()
    {
        var x = Matrix.FromRows([1, 9], [2, 7], [3, 8], [4, 7], [5, 9], [6, 8]);

        var model = new DecisionTreeClassifier().Fit(x, [0, 0, 0, 1, 1, 1]);

        Assert.Equal(3, model.NodeCount);
        Assert.Equal(1, model.Depth);
        Assert.Equal([0, 0, 1, 1], model.PredictLabels(Matrix.FromRows([0, 0], [3.5, 0], [3.51, 0], [99, 0])));
        Assert.Equal([1.0, 0], model.FeatureImportances());
    }

    [Fact]
    public void Fit_Xor_NeedsTwoLevels()
    {
        var x = Matrix.FromRows([0, 0], [0, 1], [1, 0], [1, 1]);
        double[] y = [0, 1, 1, 0];

        var model = new DecisionTreeClassifier().Fit(x, y);

        Assert.Equal(2, model.Depth);
        Assert.Equal([0, 1, 1, 0], model.PredictLabels(x));
    }

    [Fact]
    public void Fit_MaxDepth_LimitsDepth()
    {
        var (x, y) = Synthetic.Binary(rows: 300);

        var shallow = new DecisionTreeClassifier { MaxDepth = 2 }.Fit(x, y);
        var full = new DecisionTreeClassifier().Fit(x, y);

        Assert.Equal(2, shallow.Depth);
        Assert.True(shallow.LeafCount <= 4);
        Assert.True(full.Depth > 2);
        Assert.Equal(y.Select(v => (int)v), full.PredictLabels(x));
    }

    [Fact]
    public void Fit_PureNode_IsNotSplit()
    {
        var x = Matrix.FromColumn([1, 2, 3, 4, 5, 6, 7]);

        var model = new DecisionTreeClassifier().Fit(x, [1, 1, 1, 1, 1, 1, 0]);

        Assert.Equal(3, model.NodeCount);
    }

    [Fact]
    public void Fit_Weights_ShiftLeafProbabilities()
    {
        var x = Matrix.FromColumn([0, 0, 0]);

        var model = new DecisionTreeClassifier().Fit(x, [0, 1, 1], [6, 1, 1]);

        var p = model.PredictProbabilities(Matrix.FromColumn([0]));
        Assert.Equal(0.75, p[0, 0], 12);
        Assert.Equal(0.25, p[0, 1], 12);
    }

    [Fact]
    public void Fit_IntegerWeights_EqualDuplicatedRows()
    {
        var (x, y) = Synthetic.Binary(rows: 120);
        var weights = Enumerable.Range(0, 120).Select(i => (double)(1 + (i % 3))).ToArray();
        var rows = Enumerable.Range(0, 120).SelectMany(i => Enumerable.Repeat(i, (int)weights[i])).ToArray();

        var weighted = new DecisionTreeClassifier { MaxDepth = 4 }.Fit(x, y, weights);
        var duplicated = new DecisionTreeClassifier { MaxDepth = 4 }.Fit(x.Rows(rows), rows.Select(i => y[i]).ToArray());

        LearnerConformance.AssertClose(duplicated.PredictProbabilities(x), weighted.PredictProbabilities(x), 1e-12);
    }

    [Fact]
    public void Fit_MissingValuesOfOneClass_LearnsTheirSide()
    {
        var x = Matrix.FromColumn([1, 2, 3, 4, double.NaN, double.NaN, double.NaN]);

        var model = new DecisionTreeClassifier().Fit(x, [0, 0, 0, 0, 1, 1, 1]);

        Assert.Equal([1, 0, 0], model.PredictLabels(Matrix.FromColumn([double.NaN, 2.5, 100])));
    }

    [Fact]
    public void FeatureImportances_SignalFeature_Dominates()
    {
        var random = new Random(5);
        var x = new Matrix(300, 3);
        var y = new double[300];
        for (var i = 0; i < 300; i++)
        {
            for (var f = 0; f < 3; f++) x[i, f] = random.NextDouble();
            y[i] = x[i, 1] > 0.5 ? 1 : 0;
        }

        var importances = new DecisionTreeClassifier { MaxDepth = 3 }.Fit(x, y).FeatureImportances();

        Assert.Equal(1.0, importances.Sum(), 12);
        Assert.True(importances[1] > 0.99, $"importance of the signal feature is {importances[1]}");
    }

    [Fact]
    public void Fit_SingleClass_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => new DecisionTreeClassifier().Fit(Matrix.FromColumn([1, 2]), [1, 1]));

        Assert.Contains("single class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PredictProbabilities_WrongColumnCount_Throws()
    {
        var model = new DecisionTreeClassifier().Fit(Matrix.FromColumn([1, 2]), [0, 1]);

        Assert.Throws<ArgumentException>(() => model.PredictProbabilities(Matrix.FromRows([1, 2])));
    }
}
