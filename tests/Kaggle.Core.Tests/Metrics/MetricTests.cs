using Kaggle.Core.Metrics;

namespace Kaggle.Core.Tests.Metrics;

public sealed class MetricTests
{
    [Theory]
    [InlineData("accuracy", typeof(Accuracy), true)]
    [InlineData("logloss", typeof(LogLoss), false)]
    [InlineData("auc", typeof(RocAuc), true)]
    [InlineData("f1", typeof(F1), true)]
    [InlineData("rmse", typeof(Rmse), false)]
    [InlineData("rmsle", typeof(Rmsle), false)]
    [InlineData("mae", typeof(Mae), false)]
    [InlineData("ROC_AUC", typeof(RocAuc), true)]
    [InlineData("log_loss", typeof(LogLoss), false)]
    public void FromName_KnownName_MetricWithDirection(string name, Type type, bool higherIsBetter)
    {
        var metric = Metric.FromName(name);

        Assert.IsType(type, metric);
        Assert.Equal(higherIsBetter, metric.HigherIsBetter);
    }

    [Fact]
    public void FromName_CanonicalName_RoundTrips()
    {
        Assert.All(Metric.Names, name => Assert.Equal(name, Metric.FromName(name).Name));
    }

    [Fact]
    public void FromName_Unknown_ListsKnownNames()
    {
        var error = Assert.Throws<ArgumentException>(() => Metric.FromName("r2"));

        Assert.Contains("'r2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("accuracy, auc, f1, logloss, mae, rmse, rmsle", error.Message, StringComparison.Ordinal);
    }
}
