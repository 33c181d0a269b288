using System.Globalization;

namespace Kaggle.Core.Data;

/// <summary>A column of doubles; <see cref="double.NaN"/> marks a missing value.</summary>
public sealed class NumericColumn : Column
{
    private readonly double[] _values;

    /// <summary>Wraps <paramref name="values"/> without copying: the column owns the array from now on.</summary>
    public NumericColumn(string name, double[] values)
        : base(name, (values ?? throw new ArgumentNullException(nameof(values))).Length) => _values = values;

    public override ColumnKind Kind => ColumnKind.Numeric;

    public ReadOnlySpan<double> Values => _values;

    public double this[int row] => _values[row];

    public override bool IsMissing(int row) => double.IsNaN(_values[row]);

    public override Column Take(ReadOnlySpan<int> rows)
    {
        var result = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) result[i] = _values[rows[i]];
        return new NumericColumn(Name, result);
    }

    public override Column Rename(string name) => new NumericColumn(name, _values);

    public override string? Format(int row) =>
        double.IsNaN(_values[row]) ? null : _values[row].ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A copy of the values, for building a new column.</summary>
    public double[] ToArray() => (double[])_values.Clone();
}
