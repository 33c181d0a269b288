using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models;

/// <summary>
/// A multilayer perceptron classifier (https://en.wikipedia.org/wiki/Multilayer_perceptron) trained by mini-batch
/// gradient descent on weighted cross-entropy. Inputs are standardised per column inside the model (mean and standard
/// deviation of the training rows) unless <see cref="Standardize"/> is off. Features must be finite. Defaults: two
/// hidden ReLU layers [128, 64], Adam at 1e-3, 20 epochs of batch 64, the managed kernel (bit-identical at any thread count).
/// </summary>
public sealed record MlpClassifier : ILearner<MlpClassifierModel>
{
    /// <summary>Hidden layer widths; empty gives multinomial logistic regression.</summary>
    public Widths Hidden { get; init; } = [128, 64];

    public Activation Activation { get; init; } = Activation.Relu;

    /// <summary>Batch norm after each hidden linear layer.</summary>
    public bool BatchNorm { get; init; }

    /// <summary>Dropout probability after each hidden activation (0 = none).</summary>
    public double Dropout { get; init; }

    public bool Standardize { get; init; } = true;

    public TrainingSettings Training { get; init; } = new();

    public int Seed { get; init; } = 42;

    /// <summary>Threads for the kernels; 0 = all processors. The model is the same for every value.</summary>
    public int Threads { get; init; }

    public GemmBackend Gemm { get; init; } = GemmBackend.Managed;

    public MlpClassifierModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classes = Guard.ClassLabels(y);
        ArgumentNullException.ThrowIfNull(Hidden);
        ArgumentNullException.ThrowIfNull(Training);
        Training.Validate();
        NetworkChecks.Layers(Hidden, Dropout, Threads);
        var spec = new MlpSpec(x.ColumnCount, Hidden, classes, Activation, BatchNorm, Dropout);
        var network = spec.Build(Seed);
        var scaler = Standardize ? Standardizer.PerColumn(x) : Standardizer.Identity(x.ColumnCount);
        var shape = new Shape(x.ColumnCount);
        var curve = NetworkFitting.Train(network, scaler.Apply(x), shape, NetworkFitting.Labels(y), null,
            NetworkFitting.Weights(sampleWeight), Training, null, Seed, Threads, Gemm);
        return new MlpClassifierModel(spec, new NetworkCore(network, scaler, shape, Threads, curve));
    }
}
