namespace Kaggle.Core.Tests.Features;

/// <summary>Compares doubles within an absolute tolerance (NaN equals NaN).</summary>
internal sealed class Tolerance(double epsilon) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) <= epsilon;

    public int GetHashCode(double obj) => 0;
}
