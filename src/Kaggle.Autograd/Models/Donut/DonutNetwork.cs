using Kaggle.Core;
using Kaggle.Autograd.Nn;

namespace Kaggle.Autograd.Models.Donut;

/// <summary>
/// Donut's VAE: q(z|x) = N(μ_z, σ_z) from an encoder MLP over the window, p(x|z) = N(μ_x, σ_x) from a decoder MLP,
/// each with hidden ReLU layers, linear heads for the means and softplus(·) + ε heads for the standard deviations.
/// </summary>
internal sealed class DonutNetwork
{
    private readonly float _epsilon;

    public DonutNetwork(int window, int latent, int[] hidden, float epsilon, long seed)
    {
        // Every layer draws from its own stream of the one seed, so adding a layer never shifts the others' weights.
        Encoder = Mlp(window, hidden, SplitMix64.Derive(seed, 1));
        Decoder = Mlp(latent, hidden, SplitMix64.Derive(seed, 2));
        LatentMean = new Linear(hidden[^1], latent, SplitMix64.Derive(seed, 3), WeightInit.PyTorch);
        LatentStd = new Linear(hidden[^1], latent, SplitMix64.Derive(seed, 4), WeightInit.PyTorch);
        WindowMean = new Linear(hidden[^1], window, SplitMix64.Derive(seed, 5), WeightInit.PyTorch);
        WindowStd = new Linear(hidden[^1], window, SplitMix64.Derive(seed, 6), WeightInit.PyTorch);
        _epsilon = epsilon;
        Window = window;
        Latent = latent;
    }

    public int Window { get; }

    public int Latent { get; }

    public Sequential Encoder { get; }

    public Sequential Decoder { get; }

    public Linear LatentMean { get; }

    public Linear LatentStd { get; }

    public Linear WindowMean { get; }

    public Linear WindowStd { get; }

    public IEnumerable<(string Name, Tensor Tensor)> NamedParameters() =>
        Named("encoder", Encoder).Concat(Named("decoder", Decoder)).Concat(Named("z_mean", LatentMean))
            .Concat(Named("z_std", LatentStd)).Concat(Named("x_mean", WindowMean)).Concat(Named("x_std", WindowStd));

    public IReadOnlyList<Tensor> Parameters() => NamedParameters().Select(p => p.Tensor).ToList();

    /// <summary>q(z|x): the mean and standard deviation of the latent code of each window, [N, latent] each.</summary>
    public (Tensor Mean, Tensor Std) Encode(Tensor x)
    {
        var h = Encoder.Forward(x);
        return (LatentMean.Forward(h), LatentStd.Forward(h).Softplus() + _epsilon);
    }

    /// <summary>p(x|z): the mean and standard deviation of each window point, [N, window] each.</summary>
    public (Tensor Mean, Tensor Std) Decode(Tensor z)
    {
        var h = Decoder.Forward(z);
        return (WindowMean.Forward(h), WindowStd.Forward(h).Softplus() + _epsilon);
    }

    /// <summary>p(x_W|z) of the window's last point only, from one row of the decoder's last hidden layer.</summary>
    public (double Mean, double Std) LastPoint(ReadOnlySpan<float> hidden) => Point(hidden, Window - 1);

    /// <summary>
    /// p(x_w|z) of one window position <paramref name="column"/> only, from one row of the decoder's last hidden layer
    /// (the output heads' column w: scoring and imputation need a few positions, not all W).
    /// </summary>
    public (double Mean, double Std) Point(ReadOnlySpan<float> hidden, int column)
    {
        double mean = WindowMean.Bias.Data[column], std = WindowStd.Bias.Data[column];
        for (var j = 0; j < hidden.Length; j++)
        {
            mean += hidden[j] * WindowMean.Weight.Data[(j * Window) + column];
            std += hidden[j] * WindowStd.Weight.Data[(j * Window) + column];
        }
        var softplus = Math.Max(std, 0) + Math.Log(1 + Math.Exp(-Math.Abs(std)));
        return (mean, softplus + _epsilon);
    }

    /// <summary>
    /// The negative M-ELBO averaged over the batch: −mean(Σ_w α_w ln p(x_w|z) + β ln p(z) − ln q(z|x)) with z drawn
    /// once by reparameterisation from <paramref name="noise"/>; α [N, W] is 1 for normal observed points, β [N, 1]
    /// the share of such points in each window.
    /// </summary>
    public Tensor Loss(Tensor x, Tensor alpha, Tensor beta, float[] noise)
    {
        var (zMean, zStd) = Encode(x);
        var z = Tensor.Sample(zMean, zStd, noise);
        var (xMean, xStd) = Decode(z);
        var reconstruction = (x.GaussianLogDensity(xMean, xStd) * alpha).Sum(1, keepDims: true);
        var prior = z.GaussianLogDensity(Tensor.Zeros(z.Shape), Tensor.Full(z.Shape, 1f)).Sum(1, keepDims: true);
        var posterior = z.GaussianLogDensity(zMean, zStd).Sum(1, keepDims: true);
        return -(reconstruction + (beta * prior) - posterior).Mean();
    }

    public void Eval()
    {
        Encoder.Eval();
        Decoder.Eval();
    }

    private static Sequential Mlp(int input, int[] hidden, long seed)
    {
        var layers = new List<Module>();
        foreach (var width in hidden)
        {
            layers.Add(new Linear(input, width, SplitMix64.Derive(seed, layers.Count), WeightInit.PyTorch));
            layers.Add(new ReLU());
            input = width;
        }
        return new Sequential([.. layers]);
    }

    private static IEnumerable<(string, Tensor)> Named(string prefix, Module module) =>
        module.NamedParameters().Select(p => ($"{prefix}.{p.Name}", p.Tensor));
}
