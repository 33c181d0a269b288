using Kaggle.Core.Data;

namespace Kaggle.Benchmarks;

/// <summary>Column means and population standard deviations (scikit-learn's StandardScaler), for the linear benchmarks.</summary>
internal static class Standardizer
{
    public static (double[] Mean, double[] Scale) Fit(Matrix x)
    {
        var d = x.ColumnCount;
        var mean = new double[d];
        var scale = new double[d];
        for (var i = 0; i < x.RowCount; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < d; j++) mean[j] += row[j];
        }
        for (var j = 0; j < d; j++) mean[j] /= x.RowCount;
        for (var i = 0; i < x.RowCount; i++)
        {
            var row = x.Row(i);
            for (var j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        }
        for (var j = 0; j < d; j++)
        {
            var sd = Math.Sqrt(scale[j] / x.RowCount);
            scale[j] = sd > 0 ? sd : 1;
        }
        return (mean, scale);
    }

    public static Matrix Apply(Matrix x, double[] mean, double[] scale)
    {
        var result = new Matrix(x.RowCount, x.ColumnCount);
        for (var i = 0; i < x.RowCount; i++)
        {
            var source = x.Row(i);
            var target = result.Row(i);
            for (var j = 0; j < source.Length; j++) target[j] = (source[j] - mean[j]) / scale[j];
        }
        return result;
    }
}
