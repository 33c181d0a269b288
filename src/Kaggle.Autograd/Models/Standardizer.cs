using Kaggle.Core.Data;

namespace Kaggle.Autograd.Models;

/// <summary>
/// The input scaling a network model applies before its first layer: x' = (x − mean[j]) · scale[j], fitted on the
/// training rows only. Per column (z-scores, for tabular MLPs) or global (one RMS scale and no shift, for images, so a
/// black background stays 0 and matches the zero padding of convolutions and augmentation).
/// </summary>
internal sealed class Standardizer(double[] mean, double[] scale)
{
    public int Columns => mean.Length;

    public static Standardizer PerColumn(Matrix x)
    {
        var (mean, scale) = (new double[x.ColumnCount], new double[x.ColumnCount]);
        for (var j = 0; j < x.ColumnCount; j++)
        {
            double sum = 0, squares = 0;
            for (var i = 0; i < x.RowCount; i++) sum += x[i, j];
            mean[j] = sum / x.RowCount;
            for (var i = 0; i < x.RowCount; i++) squares += (x[i, j] - mean[j]) * (x[i, j] - mean[j]);
            var std = Math.Sqrt(squares / x.RowCount);
            scale[j] = std > 1e-12 ? 1 / std : 1;
        }
        return new Standardizer(mean, scale);
    }

    public static Standardizer Global(Matrix x)
    {
        double squares = 0;
        foreach (var v in x.Values) squares += v * v;
        var rms = Math.Sqrt(squares / Math.Max(1, x.Values.Length));
        var scale = new double[x.ColumnCount];
        Array.Fill(scale, rms > 1e-12 ? 1 / rms : 1);
        return new Standardizer(new double[x.ColumnCount], scale);
    }

    public static Standardizer Identity(int columns)
    {
        var scale = new double[columns];
        Array.Fill(scale, 1.0);
        return new Standardizer(new double[columns], scale);
    }

    /// <summary>The scaled rows as float32, row-major.</summary>
    public float[] Apply(Matrix x)
    {
        var result = new float[x.RowCount * x.ColumnCount];
        var values = x.Values;
        for (var k = 0; k < result.Length; k++)
        {
            var j = k % mean.Length;
            result[k] = (float)((values[k] - mean[j]) * scale[j]);
        }
        return result;
    }

    public void Write(BinaryWriter writer)
    {
        Kaggle.Core.Models.ModelFormat.WriteArray(writer, mean);
        Kaggle.Core.Models.ModelFormat.WriteArray(writer, scale);
    }

    public static Standardizer Read(BinaryReader reader) =>
        new(Kaggle.Core.Models.ModelFormat.ReadDoubleArray(reader), Kaggle.Core.Models.ModelFormat.ReadDoubleArray(reader));
}
