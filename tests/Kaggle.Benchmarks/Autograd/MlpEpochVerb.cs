using Kaggle.Autograd;
using Kaggle.Autograd.Nn;

namespace Kaggle.Benchmarks.Autograd;

/// <summary><c>mlp-epoch [--gemm managed|openblas] [--threads 2] [--repeats 3]</c>: one epoch of the anchor's 784-256-128-10 ReLU MLP.</summary>
internal sealed class MlpEpochVerb : IBenchVerb
{
    public string Name => "mlp-epoch";

    public string Description => "one epoch of a 784-256-128-10 MLP over 60,000 inputs, batch 128, Adam (as bench_torch.py --model mlp)";

    public int Run(BenchArgs args)
    {
        // Multiply-adds ×2 per sample: forward 784·256 + 256·128 + 128·10; backward twice that minus the input gradient.
        const double Forward = 2.0 * ((784 * 256) + (256 * 128) + (128 * 10));
        const double Train = (3 * Forward) - (2.0 * 784 * 256);
        return EpochBench.Run(args, "autograd_mlp", new Shape(784), seed => new Sequential(
            new Linear(784, 256, seed, WeightInit.PyTorch), new ReLU(),
            new Linear(256, 128, seed + 1, WeightInit.PyTorch), new ReLU(),
            new Linear(128, 10, seed + 2, WeightInit.PyTorch)), Train, Forward);
    }
}
