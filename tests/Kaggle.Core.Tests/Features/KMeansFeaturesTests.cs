using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Models.Clustering;

namespace Kaggle.Core.Tests.Features;

public sealed class KMeansFeaturesTests
{
    [Fact]
    public void FitTransform_NamedColumns_AppendsDistancesToTrainingCentres()
    {
        var train = new Frame(new NumericColumn("a", [0, 0.1, 5, 5.1, 9]), new NumericColumn("b", [1, 1, 2, 2, 3]));
        var step = new KMeansFeatures("a") { KMeans = new KMeans { Clusters = 2, Restarts = 3 } };

        var fitted = step.FitTransform(train, []);
        var test = fitted.Step.Transform(new Frame(new NumericColumn("a", [1.0]), new NumericColumn("b", [0.0])));

        Assert.Equal(["a", "b", "kmeans0", "kmeans1"], fitted.Train.Names);
        var model = new KMeans { Clusters = 2, Restarts = 3 }.Fit(train.Select("a").ToMatrix());
        Assert.Equal(model.Transform(Matrix.FromRows([1.0])).Values.ToArray(), new[] { test.Numeric("kmeans0")[0], test.Numeric("kmeans1")[0] });
    }

    [Fact]
    public void FitTransform_KeepInputsOff_DropsTheClusteredColumns()
    {
        var train = new Frame(new NumericColumn("a", [0, 1, 2]), new NumericColumn("b", [1, 1, 2]));

        var fitted = new KMeansFeatures { KMeans = new KMeans { Clusters = 1 }, KeepInputs = false, Prefix = "d" }.FitTransform(train, []);

        Assert.Equal(["d0"], fitted.Train.Names);
    }
}
