using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Linear;

/// <summary>A fitted <see cref="NbSvm"/>: the log-count ratios and the logistic model over the scaled features.</summary>
public sealed class NbSvmModel : ISparseClassificationModel, IPersistable<NbSvmModel>
{
    private const string Tag = "NbSvmModel";
    private const int Version = 1;

    private readonly double[] _ratios;
    private readonly LogisticRegressionModel _classifier;

    internal NbSvmModel(double[] ratios, bool binarize, LogisticRegressionModel classifier)
    {
        _ratios = ratios;
        Binarize = binarize;
        _classifier = classifier;
    }

    public int ClassCount => 2;

    public int FeatureCount => _ratios.Length;

    /// <summary>The naive-Bayes log-count ratio per feature (positive: more frequent in class 1).</summary>
    public ReadOnlySpan<double> Ratios => _ratios;

    /// <summary>Whether features were binarised before scaling.</summary>
    public bool Binarize { get; }

    /// <summary>The logistic model over the scaled features.</summary>
    public LogisticRegressionModel Classifier => _classifier;

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        Guard.PredictionSet(x, FeatureCount);
        _classifier.PredictProbabilities(Scale(x, _ratios, Binarize), destination);
    }

    public void PredictProbabilities(CsrMatrix x, Matrix destination)
    {
        SparseGuard.PredictionSet(x, FeatureCount);
        _classifier.PredictProbabilities(Scale(x, _ratios, Binarize), destination);
    }

    /// <summary>x̂ ⊙ r for CSR rows (a scaled copy).</summary>
    internal static CsrMatrix Scale(CsrMatrix x, double[] ratios, bool binarize)
    {
        var values = new double[x.NonZeroCount];
        var columns = x.ColumnIndices;
        var source = x.Values;
        for (var k = 0; k < values.Length; k++)
            values[k] = (binarize ? (source[k] > 0 ? 1 : 0) : source[k]) * ratios[columns[k]];
        return CsrMatrix.Trusted(x.RowCount, x.ColumnCount, x.RowPointers.ToArray(), columns.ToArray(), values);
    }

    /// <summary>x̂ ⊙ r for dense rows (a scaled copy).</summary>
    internal static Matrix Scale(Matrix x, double[] ratios, bool binarize)
    {
        var result = x.Clone();
        for (var i = 0; i < result.RowCount; i++)
        {
            var row = result.Row(i);
            for (var j = 0; j < row.Length; j++)
                row[j] = (binarize ? (row[j] > 0 ? 1 : 0) : row[j]) * ratios[j];
        }
        return result;
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.WriteArray(_ratios);
        writer.Write(Binarize);
        using var inner = new MemoryStream();
        _classifier.Save(inner);
        writer.Write((int)inner.Length);
        writer.Write(inner.GetBuffer(), 0, (int)inner.Length);
    }

    public static NbSvmModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var ratios = reader.ReadDoubleArray();
            var binarize = reader.ReadBoolean();
            using var inner = new MemoryStream(reader.ReadBytes(reader.ReadInt32()));
            return new NbSvmModel(ratios, binarize, LogisticRegressionModel.Load(inner));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated: {e.Message}", e);
        }
    }
}
