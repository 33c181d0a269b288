using Kaggle.Tuning.Space;

namespace Kaggle.Tuning.Samplers;

/// <summary>
/// A numeric range in the space the samplers work in: the logarithm for log ranges, and for integers widened by half a
/// step on each side so that rounding gives every integer the same share (as Optuna does).
/// </summary>
internal readonly record struct Bounds(double Low, double High, bool Log)
{
    public double Width => High - Low;

    public static Bounds Of(IDistribution distribution) => distribution switch
    {
        FloatDistribution f => f.Log ? new(Math.Log(f.Low), Math.Log(f.High), true) : new(f.Low, f.High, false),
        IntDistribution i => i.Log ? new(Math.Log(i.Low - 0.5), Math.Log(i.High + 0.5), true) : new(i.Low - 0.5, i.High + 0.5, false),
        _ => throw new ArgumentException($"{distribution.Describe()} is not numeric.", nameof(distribution)),
    };

    /// <summary>An internal number in the sampling space.</summary>
    public double Transform(double x) => Log ? Math.Log(x) : x;

    /// <summary>A sampling-space number back as an internal number.</summary>
    public double Untransform(double t) => Log ? Math.Exp(t) : t;
}
