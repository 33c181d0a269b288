using System.Globalization;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// How many features a tree node draws at random before choosing its split (scikit-learn's <c>max_features</c>):
/// <see cref="All"/>, <see cref="Sqrt"/> (⌊√F⌋), <see cref="Log2"/> (⌊log₂F⌋), a <see cref="Count"/> or a
/// <see cref="Fraction"/> of the F features; at least one in every case. The default value is <see cref="All"/>.
/// </summary>
public readonly record struct MaxFeatures
{
    private const int AllKind = 0;
    private const int SqrtKind = 1;
    private const int Log2Kind = 2;
    private const int CountKind = 3;
    private const int FractionKind = 4;

    private readonly int _kind;
    private readonly double _value;

    private MaxFeatures(int kind, double value)
    {
        _kind = kind;
        _value = value;
    }

    public static MaxFeatures All => default;

    public static MaxFeatures Sqrt => new(SqrtKind, 0);

    public static MaxFeatures Log2 => new(Log2Kind, 0);

    /// <summary>Exactly <paramref name="count"/> features (fewer when the data has fewer); checked at fit time to be ≥ 1.</summary>
    public static MaxFeatures Count(int count) => new(CountKind, count);

    /// <summary>⌊<paramref name="fraction"/>·F⌋ features, at least one; checked at fit time to lie in (0, 1].</summary>
    public static MaxFeatures Fraction(double fraction) => new(FractionKind, fraction);

    /// <summary>The number of features to draw out of <paramref name="featureCount"/>.</summary>
    public int Resolve(int featureCount)
    {
        var n = _kind switch
        {
            SqrtKind => (int)Math.Sqrt(featureCount),
            Log2Kind => (int)Math.Log2(featureCount),
            CountKind when _value >= 1 => (int)_value,
            FractionKind when _value > 0 && _value <= 1 => (int)(_value * featureCount),
            AllKind => featureCount,
            _ => throw new ArgumentOutOfRangeException(nameof(MaxFeatures), this,
                "MaxFeatures must be a count of at least 1 or a fraction in (0, 1]."),
        };
        return Math.Clamp(n, 1, Math.Max(1, featureCount));
    }

    public override string ToString() => _kind switch
    {
        SqrtKind => "sqrt",
        Log2Kind => "log2",
        CountKind => ((int)_value).ToString(CultureInfo.InvariantCulture),
        FractionKind => _value.ToString("R", CultureInfo.InvariantCulture),
        _ => "all",
    };
}
