using Kaggle.Autograd.Data;
using Kaggle.Autograd.Kernels;
using Kaggle.Autograd.Nn;
using Kaggle.Autograd.Optim;
using Kaggle.Autograd.Training;

namespace Kaggle.Autograd.Tests.Training;

public sealed class TrainerTests
{
    [Fact]
    public void Fit_SameSeed_OneAndFourThreads_GiveBitIdenticalWeights()
    {
        // Every stochastic part at once: shuffling, augmentation, dropout, batch norm, convolution, pooling.
        var one = TrainSmallCnn(threads: 1);
        var four = TrainSmallCnn(threads: 4);

        Assert.Equal(one.Weights, four.Weights);
        Assert.Equal(one.Curve.Select(e => e.Loss), four.Curve.Select(e => e.Loss));
    }

    [Fact]
    public void Fit_SeparableData_LossFallsAndAccuracyRises()
    {
        var result = TrainSmallCnn(threads: 2, epochs: 6);

        Assert.True(result.Curve[^1].Loss < 0.7 * result.Curve[0].Loss, $"loss {result.Curve[0].Loss} → {result.Curve[^1].Loss}");
        Assert.True(result.Curve[^1].Metric > 0.9, $"accuracy {result.Curve[^1].Metric}");
        Assert.Equal("accuracy", result.Curve.MetricName);
    }

    [Fact]
    public void TrainingCurve_JsonRoundTrip_KeepsEveryEpoch()
    {
        var curve = new TrainingCurve("rmse", [new EpochRecord(1, 0.5, 0.7, null, null, 0.01, 1.5), new EpochRecord(2, 0.25, 0.5, 0.3, 0.55, 0.005, 1.25)]);

        var json = curve.ToJson();
        var back = TrainingCurve.FromJson(json);

        Assert.Contains("\"validation_loss\":0.3", json, StringComparison.Ordinal);
        Assert.Equal("rmse", back.MetricName);
        Assert.Equal(curve.ToList(), back.ToList());
    }

    [Fact]
    public void TrainingCurve_ToLines_OneLinePerEpochWithValidationWhenPresent()
    {
        var curve = new TrainingCurve("accuracy", [new EpochRecord(1, 0.5, 0.7, null, null, 0.01, 1.5), new EpochRecord(2, 0.25, 0.875, 0.3, 0.8, 0.005, 1.25)]);

        var lines = curve.ToLines();

        Assert.Equal(
            [
                "epoch 1: loss 0.50000, accuracy 0.70000, learning rate 0.01, 1.50 s",
                "epoch 2: loss 0.25000, accuracy 0.87500, validation loss 0.30000, validation accuracy 0.80000, learning rate 0.005, 1.25 s",
            ],
            lines);
    }

    [Fact]
    public void Fit_Regression_LogsRmseOnValidationRows()
    {
        var random = new Random(2);
        var x = Enumerable.Range(0, 200 * 3).Select(_ => (float)random.NextDouble()).ToArray();
        var y = Enumerable.Range(0, 200).Select(i => x[i * 3] - (2 * x[(i * 3) + 1])).ToArray();
        var train = new TrainingData(x[..(150 * 3)], new Shape(3), Targets: y[..150]);
        var validation = new TrainingData(x[(150 * 3)..], new Shape(3), Targets: y[150..]);
        var net = new Sequential(new Linear(3, 8, 1), new ReLU(), new Linear(8, 1, 2));

        var curve = Trainer.Fit(net, new Adam(net.Parameters(), 0.01), train, validation, new TrainerOptions { Epochs = 30, BatchSize = 16 });

        Assert.Equal("rmse", curve.MetricName);
        Assert.NotNull(curve[^1].ValidationMetric);
        Assert.True(curve[^1].ValidationMetric < 0.2, $"validation RMSE {curve[^1].ValidationMetric}");
        Assert.False(net.Training);
    }

    private static (float[] Weights, TrainingCurve Curve) TrainSmallCnn(int threads, int epochs = 2)
    {
        // Two classes of 16×16 images: a bright blob in the top-left or in the bottom-right quadrant, plus noise. The sizes
        // are just large enough for the convolution's GEMM, im2col and pooling to take their parallel paths.
        var random = new Random(5);
        const int Rows = 128;
        var x = new float[Rows * 256];
        var labels = new int[Rows];
        for (var i = 0; i < Rows; i++)
        {
            labels[i] = i % 2;
            for (var p = 0; p < 256; p++)
            {
                var (r, c) = (p / 16, p % 16);
                var inBlob = labels[i] == 0 ? r < 8 && c < 8 : r >= 8 && c >= 8;
                x[(i * 256) + p] = (inBlob ? 1f : 0f) + (0.3f * (float)random.NextDouble());
            }
        }
        var net = new Sequential(new Kaggle.Autograd.Nn.Conv2d(1, 8, 3, 1, padding: 1), new BatchNorm2d(8), new ReLU(),
            new Kaggle.Autograd.Nn.MaxPool2d(2), new Flatten(), new Linear(512, 16, 2), new ReLU(), new Dropout(0.2, 3),
            new Linear(16, 2, 4));
        var options = new TrainerOptions
        {
            Epochs = epochs,
            BatchSize = 64,
            Seed = 7,
            Schedule = new OneCycleSchedule(),
            ClipNorm = 5,
            Augmentation = new ImageAugmentation(1, 16, 16, MaxShift: 1, MaxRotationDegrees: 5, MaxZoom: 0.05),
        };
        using var scope = Engine.Use(ManagedGemm.Instance, threads);
        var curve = Trainer.Fit(net, new AdamW(net.Parameters(), 0.01), new TrainingData(x, new Shape(1, 16, 16), labels), null, options);
        return (net.Parameters().SelectMany(p => p.Data).ToArray(), curve);
    }
}
