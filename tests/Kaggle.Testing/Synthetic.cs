using Kaggle.Core.Data;

namespace Kaggle.Testing;

/// <summary>Small deterministic data sets with a known signal, for conformance and quality tests.</summary>
public static class Synthetic
{
    /// <summary>y = 3·x0 − 2·x1 + x2² + 0.5·N(0,1) over <paramref name="features"/> uniform(−1,1) features.</summary>
    public static (Matrix X, double[] Y) Regression(int rows = 300, int features = 5, int seed = 1, double missingFraction = 0)
    {
        var random = new Random(seed);
        var x = Uniform(random, rows, features);
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
            y[i] = (3 * x[i, 0]) - (2 * x[i, Math.Min(1, features - 1)]) + Math.Pow(x[i, Math.Min(2, features - 1)], 2) + (0.5 * Normal(random));
        Punch(random, x, missingFraction);
        return (x, y);
    }

    /// <summary>Binary labels drawn from a logistic model with logit 2·x0 − 1.5·x1 + x2·x3.</summary>
    public static (Matrix X, double[] Y) Binary(int rows = 400, int features = 5, int seed = 2, double missingFraction = 0)
    {
        var random = new Random(seed);
        var x = Uniform(random, rows, features);
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var logit = (4 * x[i, 0]) - (3 * x[i, Math.Min(1, features - 1)]) + (2 * x[i, Math.Min(2, features - 1)] * x[i, Math.Min(3, features - 1)]);
            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
        }
        Punch(random, x, missingFraction);
        return (x, y);
    }

    /// <summary>Three classes: Gaussian blobs centred at (−1,0), (1,0) and (0,1.5) in the first two features, noise in the rest.</summary>
    public static (Matrix X, double[] Y) Multiclass(int rows = 450, int features = 4, int seed = 3, double missingFraction = 0)
    {
        var random = new Random(seed);
        var centres = new[] { (-1.0, 0.0), (1.0, 0.0), (0.0, 1.5) };
        var x = new Matrix(rows, features);
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var k = i % 3;
            y[i] = k;
            for (var j = 0; j < features; j++)
                x[i, j] = (j == 0 ? centres[k].Item1 : j == 1 ? centres[k].Item2 : 0) + (0.6 * Normal(random));
        }
        Punch(random, x, missingFraction);
        return (x, y);
    }

    public static double Normal(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static Matrix Uniform(Random random, int rows, int features)
    {
        var x = new Matrix(rows, features);
        for (var k = 0; k < x.Values.Length; k++) x.Values[k] = (2 * random.NextDouble()) - 1;
        return x;
    }

    private static void Punch(Random random, Matrix x, double fraction)
    {
        if (fraction <= 0) return;
        for (var k = 0; k < x.Values.Length; k++)
            if (random.NextDouble() < fraction) x.Values[k] = double.NaN;
    }
}
