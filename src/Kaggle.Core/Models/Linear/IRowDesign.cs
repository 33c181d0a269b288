namespace Kaggle.Core.Models.Linear;

/// <summary>
/// Row access a linear model's objective needs, the same for dense and CSR input: a row's dot product with a
/// coefficient vector and the addition of a scaled row to a gradient. Implemented by structs so generic objectives
/// compile to a direct call per representation.
/// </summary>
internal interface IRowDesign
{
    int RowCount { get; }

    int ColumnCount { get; }

    /// <summary>xᵢ · <paramref name="coefficients"/>.</summary>
    double Dot(int row, ReadOnlySpan<double> coefficients);

    /// <summary>xᵢ · xᵢ.</summary>
    double SquaredNorm(int row);

    /// <summary><paramref name="destination"/> += <paramref name="alpha"/> · xᵢ.</summary>
    void AddScaled(int row, double alpha, Span<double> destination);
}
