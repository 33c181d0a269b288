namespace Kaggle.Core.Models.Targets;

/// <summary>
/// An invertible map of regression targets: <see cref="TargetTransformRegressor{TModel}"/> fits on Forward(y) and
/// predicts Inverse(prediction). <see cref="Name"/> identifies the built-ins when a model is loaded; a custom
/// transform is any pair of functions with a name of its own.
/// </summary>
public sealed record TargetTransform(string Name, Func<double, double> Forward, Func<double, double> Inverse)
{
    /// <summary>y ↦ log(1 + y), inverse e^z − 1: for positive, right-skewed targets such as prices (needs y &gt; −1).</summary>
    public static TargetTransform Log1p { get; } = new("log1p", LogOnePlus, ExpMinusOne);

    /// <summary>y ↦ ln y, inverse e^z (needs y &gt; 0).</summary>
    public static TargetTransform Log { get; } = new("log", Math.Log, Math.Exp);

    /// <summary>y ↦ √y, inverse z² (needs y ≥ 0): a milder correction for counts.</summary>
    public static TargetTransform Sqrt { get; } = new("sqrt", Math.Sqrt, z => z * z);

    /// <summary>y ↦ asinh y, inverse sinh z: log-like for large |y| but defined for every real, negative targets included.</summary>
    public static TargetTransform Asinh { get; } = new("asinh", Math.Asinh, Math.Sinh);

    /// <summary>No change.</summary>
    public static TargetTransform Identity { get; } = new("identity", y => y, z => z);

    /// <summary>The built-in transform called <paramref name="name"/>, or null.</summary>
    public static TargetTransform? BuiltIn(string name) => name switch
    {
        "log1p" => Log1p,
        "log" => Log,
        "sqrt" => Sqrt,
        "asinh" => Asinh,
        "identity" => Identity,
        _ => null,
    };

    public override string ToString() => Name;

    // log(1 + y) accurate for tiny y: the rounding of 1 + y cancels in log(u)·y/(u − 1) (Goldberg, 1991, theorem 4).
    private static double LogOnePlus(double y)
    {
        var u = 1 + y;
        return u == 1 ? y : Math.Log(u) * y / (u - 1);
    }

    // e^z − 1 accurate for tiny z, by the same cancellation (Kahan's formula).
    private static double ExpMinusOne(double z)
    {
        var u = Math.Exp(z);
        if (u == 1) return z;
        var um1 = u - 1;
        return um1 == -1 ? -1 : um1 * z / Math.Log(u);
    }
}
