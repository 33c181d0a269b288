namespace Kaggle.Autograd.Tests;

/// <summary>
/// Finite-difference gradient check (the analog of PyTorch's gradcheck): for random inputs, the analytic gradient of
/// L = Σ w ⊙ f(inputs) (random w, summed in double) must match the central difference (L(x+eps) − L(x−eps)) / 2eps
/// at every input element, within tol·max(1, |numeric|).
/// </summary>
internal static class GradCheck
{
    /// <summary>Inputs drawn from U(−1, 1) unless <paramref name="sample"/> says otherwise.</summary>
    public static void Assert(Func<Tensor[], Tensor> f, Shape[] shapes, float eps = 1e-3f, float tol = 1e-2f,
        int seed = 0, Func<Random, float>? sample = null)
    {
        var random = new Random(seed);
        sample ??= r => (float)((2 * r.NextDouble()) - 1);
        var inputs = shapes.Select(s => Tensor.FromArray(Enumerable.Range(0, s.Size).Select(_ => sample(random)).ToArray(), s, requiresGrad: true)).ToArray();
        var output = f(inputs);
        var weights = Enumerable.Range(0, output.Size).Select(_ => (float)((2 * random.NextDouble()) - 1)).ToArray();

        output.Backward(weights);

        for (var t = 0; t < inputs.Length; t++)
        {
            var input = inputs[t];
            Xunit.Assert.NotNull(input.Grad);
            for (var i = 0; i < input.Size; i++)
            {
                var saved = input.Data[i];
                input.Data[i] = saved + eps;
                var plus = Project(f, inputs, weights);
                input.Data[i] = saved - eps;
                var minus = Project(f, inputs, weights);
                input.Data[i] = saved;
                var numeric = (plus - minus) / (2 * eps);
                var analytic = input.Grad!.Data[i];
                Xunit.Assert.True(Math.Abs(analytic - numeric) <= tol * Math.Max(1, Math.Abs(numeric)),
                    $"input {t} {input.Shape} element {i}: analytic {analytic} vs numeric {numeric}");
            }
        }
    }

    /// <summary>
    /// Checks a module's gradients with respect to its input (of <paramref name="inputShape"/>) and every parameter, the
    /// same way as <see cref="Assert"/>; the module must be deterministic between calls (no dropout in training mode).
    /// </summary>
    public static void Module(Kaggle.Autograd.Nn.Module module, Shape inputShape, float eps = 1e-3f, float tol = 1e-2f, int seed = 0)
    {
        var parameters = module.Parameters();
        var random = new Random(seed);
        var x = Tensor.FromArray(Enumerable.Range(0, inputShape.Size).Select(_ => (float)((2 * random.NextDouble()) - 1)).ToArray(), inputShape, requiresGrad: true);
        var output = module.Forward(x);
        var weights = Enumerable.Range(0, output.Size).Select(_ => (float)((2 * random.NextDouble()) - 1)).ToArray();

        output.Backward(weights);

        Func<Tensor[], Tensor> f = _ => module.Forward(x);
        foreach (var tensor in parameters.Prepend(x))
        {
            Xunit.Assert.NotNull(tensor.Grad);
            for (var i = 0; i < tensor.Size; i++)
            {
                var saved = tensor.Data[i];
                tensor.Data[i] = saved + eps;
                var plus = Project(f, [], weights);
                tensor.Data[i] = saved - eps;
                var minus = Project(f, [], weights);
                tensor.Data[i] = saved;
                var numeric = (plus - minus) / (2 * eps);
                var analytic = tensor.Grad!.Data[i];
                Xunit.Assert.True(Math.Abs(analytic - numeric) <= tol * Math.Max(1, Math.Abs(numeric)),
                    $"{tensor.Name ?? "tensor"} {tensor.Shape} element {i}: analytic {analytic} vs numeric {numeric}");
            }
        }
    }

    /// <summary>Values away from 0 (for kinks such as ReLU's): ±U(0.1, 1).</summary>
    public static float AwayFromZero(Random random) =>
        (float)((random.Next(2) == 0 ? -1 : 1) * (0.1 + (0.9 * random.NextDouble())));

    /// <summary>Positive values U(0.5, 2) (for log, sqrt and denominators).</summary>
    public static float Positive(Random random) => (float)(0.5 + (1.5 * random.NextDouble()));

    /// <summary>
    /// Distinct values −1, −1 + 0.02, ... in a seeded random order, so no two inputs are within eps of each other
    /// (ties would put max-type ops on a kink).
    /// </summary>
    public static Func<Random, float> Distinct(int count, int seed)
    {
        var values = Enumerable.Range(0, count).Select(i => -1 + (0.02f * i)).ToArray();
        new Random(seed).Shuffle(values);
        var next = 0;
        return _ => values[next++ % count];
    }

    private static double Project(Func<Tensor[], Tensor> f, Tensor[] inputs, float[] weights)
    {
        using var noGrad = Engine.NoGrad();
        var output = f(inputs);
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++) sum += (double)weights[i] * output.Data[i];
        return sum;
    }
}
