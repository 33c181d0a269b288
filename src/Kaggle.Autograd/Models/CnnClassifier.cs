using Kaggle.Autograd.Data;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models;

/// <summary>
/// A convolutional image classifier (LeCun et al. 1998) for images given as rows of Channels×Height×Width columns
/// (channel-major, then row-major pixels: MNIST's 784 columns are [1, 28, 28]). Architecture: per entry of
/// <see cref="Filters"/>, <see cref="ConvsPerBlock"/> × (Conv → [BatchNorm] → ReLU) and a 2×2 max-pool; then dense ReLU
/// layers of <see cref="Dense"/> widths with dropout, and softmax. Inputs are divided by their global RMS (no shift, so
/// background 0 stays 0). Optional <see cref="Augmentation"/> distorts every training image each epoch;
/// optional <see cref="TestTime"/> averages predictions over a few fixed distortions.
/// </summary>
public sealed record CnnClassifier : ILearner<CnnClassifierModel>
{
    public int Channels { get; init; } = 1;

    public int Height { get; init; } = 28;

    public int Width { get; init; } = 28;

    /// <summary>Output channels of each convolution block.</summary>
    public Widths Filters { get; init; } = [32, 64];

    public int ConvsPerBlock { get; init; } = 2;

    /// <summary>Square kernel size.</summary>
    public int Kernel { get; init; } = 3;

    /// <summary>Zero padding on each side (1 with kernel 3 keeps the size).</summary>
    public int Padding { get; init; } = 1;

    public bool BatchNorm { get; init; } = true;

    public Widths Dense { get; init; } = [128];

    /// <summary>Dropout after each dense layer.</summary>
    public double Dropout { get; init; } = 0.25;

    /// <summary>Random distortions applied to every training image each epoch (none by default); its image size is taken from this learner.</summary>
    public ImageAugmentation? Augmentation { get; init; }

    /// <summary>
    /// Fixed distortions whose predicted probabilities the model averages with the plain prediction (none by default);
    /// its image size is taken from this learner. Training ignores it.
    /// </summary>
    public TestTimeAugmentation? TestTime { get; init; }

    public TrainingSettings Training { get; init; } = new() { Epochs = 10 };

    public int Seed { get; init; } = 42;

    /// <summary>Threads for the kernels; 0 = all processors. The model is the same for every value.</summary>
    public int Threads { get; init; }

    public GemmBackend Gemm { get; init; } = GemmBackend.Managed;

    public CnnClassifierModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classes = Guard.ClassLabels(y);
        ArgumentNullException.ThrowIfNull(Filters);
        ArgumentNullException.ThrowIfNull(Dense);
        ArgumentNullException.ThrowIfNull(Training);
        Training.Validate();
        NetworkChecks.Layers(Filters, Dropout, Threads);
        NetworkChecks.Layers(Dense, Dropout, Threads);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConvsPerBlock, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Kernel, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(Padding);
        if ((long)Channels * Height * Width != x.ColumnCount)
            throw new ArgumentException($"x has {x.ColumnCount} column{(x.ColumnCount == 1 ? "" : "s")} but the network expects one per pixel and channel: Channels×Height×Width = {Channels}×{Height}×{Width} = {(long)Channels * Height * Width}.", nameof(x));
        var spec = new CnnSpec(Channels, Height, Width, Filters, ConvsPerBlock, Kernel, Padding, BatchNorm, Dense, Dropout, classes);
        spec.FlattenedSize();
        var network = spec.Build(Seed);
        var scaler = Standardizer.Global(x);
        var shape = new Shape(Channels, Height, Width);
        _ = TestTime?.Views; // validates its settings before the costly fit
        var augmentation = Augmentation is null ? null : Augmentation with { Channels = Channels, Height = Height, Width = Width };
        var curve = NetworkFitting.Train(network, scaler.Apply(x), shape, NetworkFitting.Labels(y), null,
            NetworkFitting.Weights(sampleWeight), Training, augmentation, Seed, Threads, Gemm);
        return new CnnClassifierModel(spec, new NetworkCore(network, scaler, shape, Threads, curve), TestTime);
    }
}
