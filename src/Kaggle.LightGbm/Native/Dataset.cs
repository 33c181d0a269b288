using Kaggle.Core.Data;

namespace Kaggle.LightGbm.Native;

/// <summary>
/// A LightGBM training or validation set. LightGBM bins the feature values at creation (reading our row-major doubles
/// in place, <c>C_API_DTYPE_FLOAT64</c> with <c>is_row_major=1</c>) and keeps only its bins, so the managed matrix can be
/// released right after. A validation set is binned with its training set's bin boundaries (the <c>reference</c>).
/// </summary>
internal sealed unsafe class Dataset : IDisposable
{
    private Dataset(DatasetHandle handle, int rowCount, int columnCount)
    {
        Handle = handle;
        RowCount = rowCount;
        ColumnCount = columnCount;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    internal DatasetHandle Handle { get; }

    /// <summary>
    /// Bins <paramref name="x"/> (NaN = missing) with the given LightGBM parameters (<c>max_bin</c>,
    /// <c>categorical_feature</c>, <c>num_threads</c>, ...), aligned to <paramref name="reference"/>'s bins when given.
    /// </summary>
    public static Dataset FromMatrix(Matrix x, string parameters, Dataset? reference = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        DatasetHandle handle;
        var success = false;
        reference?.Handle.DangerousAddRef(ref success);
        try
        {
            var referenceHandle = success ? reference!.Handle.DangerousGetHandle() : 0;
            fixed (double* data = x.Array)
                LightGbmNative.Check(LightGbmNative.LGBM_DatasetCreateFromMat(
                    data, LightGbmNative.DTypeFloat64, x.RowCount, x.ColumnCount, isRowMajor: 1, parameters, referenceHandle, out handle));
        }
        finally
        {
            if (success) reference!.Handle.DangerousRelease();
        }
        var dataset = new Dataset(handle, x.RowCount, x.ColumnCount);
        return dataset;
    }

    /// <summary>Sets the labels (float32 in LightGBM: class indices, or regression targets rounded to float).</summary>
    public void SetLabels(ReadOnlySpan<double> labels) => SetFloats("label", labels);

    /// <summary>Sets per-row weights (float32 in LightGBM).</summary>
    public void SetWeights(ReadOnlySpan<double> weights) => SetFloats("weight", weights);

    private void SetFloats(string field, ReadOnlySpan<double> values)
    {
        if (values.Length != RowCount)
            Throw.Argument($"The data set has {RowCount} rows but {values.Length} {field} values were given.", field);
        var floats = new float[values.Length];
        for (var i = 0; i < floats.Length; i++) floats[i] = (float)values[i];
        fixed (float* p = floats)
            LightGbmNative.Check(LightGbmNative.LGBM_DatasetSetField(Handle, field, p, floats.Length, LightGbmNative.DTypeFloat32));
    }

    public void Dispose() => Handle.Dispose();
}
