using Kaggle.Autograd;
using Kaggle.Autograd.Nn;

namespace Kaggle.Benchmarks.Autograd;

/// <summary><c>cnn-epoch [--gemm managed|openblas] [--threads 2] [--repeats 3]</c>: one epoch of the anchor's two-conv CNN.</summary>
internal sealed class CnnEpochVerb : IBenchVerb
{
    public string Name => "cnn-epoch";

    public string Description => "one epoch of Conv(1,32,3)-Pool-Conv(32,64,3)-Pool-FC128-FC10 over 60,000 28×28 inputs, batch 128, Adam";

    public int Run(BenchArgs args)
    {
        // Per sample: conv1 26²·32·9, conv2 11²·64·288, fc 1600·128 + 128·10 multiply-adds. Backward: conv1 needs only
        // its weight gradient (the input needs none); the other layers need weight and input gradients.
        const double Conv1 = 2.0 * 26 * 26 * 32 * 9, Conv2 = 2.0 * 11 * 11 * 64 * 288, Dense = 2.0 * ((1600 * 128) + (128 * 10));
        const double Forward = Conv1 + Conv2 + Dense;
        const double Train = Forward + Conv1 + (2 * (Conv2 + Dense));
        return EpochBench.Run(args, "autograd_cnn", new Shape(1, 28, 28), seed => new Sequential(
            new Conv2d(1, 32, 3, seed, init: WeightInit.PyTorch), new ReLU(), new MaxPool2d(2),
            new Conv2d(32, 64, 3, seed + 1, init: WeightInit.PyTorch), new ReLU(), new MaxPool2d(2),
            new Flatten(), new Linear(64 * 5 * 5, 128, seed + 2, WeightInit.PyTorch), new ReLU(),
            new Linear(128, 10, seed + 3, WeightInit.PyTorch)), Train, Forward);
    }
}
