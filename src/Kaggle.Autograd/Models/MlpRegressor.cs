using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models;

/// <summary>
/// A multilayer perceptron regressor trained on weighted squared error. With <see cref="Standardize"/> (the default)
/// both the inputs (per column) and the target are standardised inside the model, so targets of any scale train with the
/// default learning rate; predictions come back in the target's units. Features must be finite.
/// </summary>
public sealed record MlpRegressor : ILearner<MlpRegressorModel>
{
    public Widths Hidden { get; init; } = [128, 64];

    public Activation Activation { get; init; } = Activation.Relu;

    public bool BatchNorm { get; init; }

    public double Dropout { get; init; }

    public bool Standardize { get; init; } = true;

    public TrainingSettings Training { get; init; } = new();

    public int Seed { get; init; } = 42;

    /// <summary>Threads for the kernels; 0 = all processors. The model is the same for every value.</summary>
    public int Threads { get; init; }

    public GemmBackend Gemm { get; init; } = GemmBackend.Managed;

    public MlpRegressorModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        ArgumentNullException.ThrowIfNull(Hidden);
        ArgumentNullException.ThrowIfNull(Training);
        Training.Validate();
        NetworkChecks.Layers(Hidden, Dropout, Threads);
        var (mean, std) = (0.0, 1.0);
        if (Standardize)
        {
            foreach (var v in y) mean += v / y.Length;
            var squares = 0.0;
            foreach (var v in y) squares += (v - mean) * (v - mean);
            std = Math.Sqrt(squares / y.Length) is var s && s > 1e-12 ? s : 1;
        }
        var targets = new float[y.Length];
        for (var i = 0; i < targets.Length; i++) targets[i] = (float)((y[i] - mean) / std);
        var spec = new MlpSpec(x.ColumnCount, Hidden, 1, Activation, BatchNorm, Dropout);
        var network = spec.Build(Seed);
        var scaler = Standardize ? Standardizer.PerColumn(x) : Standardizer.Identity(x.ColumnCount);
        var shape = new Shape(x.ColumnCount);
        var curve = NetworkFitting.Train(network, scaler.Apply(x), shape, null, targets,
            NetworkFitting.Weights(sampleWeight), Training, null, Seed, Threads, Gemm);
        return new MlpRegressorModel(spec, new NetworkCore(network, scaler, shape, Threads, curve), mean, std);
    }
}
