using Kaggle.Runner.Report.Sections;

namespace Kaggle.Runner.Tests.Report;

public sealed class EpochLogTests
{
    [Fact]
    public void EpochLog_TwoFolds_MeansPerEpochAndSkipsLearningRateAndTime()
    {
        string[] lines =
        [
            "seed 1 fold 1: epoch 1: loss 0.60000, accuracy 0.50000, validation loss 0.70000, learning rate 0.01, 1.00 s",
            "seed 1 fold 2: epoch 1: loss 0.40000, accuracy 0.70000, validation loss 0.50000, learning rate 0.01, 1.00 s",
            "seed 1 fold 1: epoch 2: loss 0.30000, accuracy 0.80000, learning rate 0.01, 1.00 s",
            "categories only in test: none",
        ];

        var curves = EpochLog.Curves(lines);

        Assert.Equal(["accuracy", "loss", "validation loss"], curves.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([(1.0, 0.5), (2.0, 0.3)], curves["loss"].Select(p => (p.Epoch, Math.Round(p.Mean, 9))));
        Assert.Single(curves["validation loss"]);
    }
}
