using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.XGBoost.Native;

/// <summary>
/// An XGBoost data matrix (<c>DMatrix</c>): XGBoost copies the feature values in at creation (as float32, NaN =
/// missing), so the managed source can be released right after. Labels, weights and query groups are set afterwards.
/// </summary>
internal sealed unsafe class DMatrix : IDisposable
{
    private readonly DMatrixHandle _handle;

    private DMatrix(DMatrixHandle handle, int rowCount, int columnCount)
    {
        _handle = handle;
        RowCount = rowCount;
        ColumnCount = columnCount;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    internal DMatrixHandle Handle => _handle;

    /// <summary>
    /// Creates a DMatrix from a double matrix without a managed float copy: XGBoost reads the pinned doubles through an
    /// array interface (<c>XGDMatrixCreateFromDense</c>, as the python binding does for numpy arrays) and rounds each to
    /// float32 while it builds its own storage. Infinities (and doubles beyond float32's range) are rejected.
    /// </summary>
    public static DMatrix FromMatrix(Matrix x, int threads, string paramName = "x")
    {
        ArgumentNullException.ThrowIfNull(x);
        CheckFloatRange(x, paramName);
        DMatrixHandle handle;
        fixed (double* data = x.Array)
        {
            // A zero-row matrix has no data pointer; XGBoost still wants a non-null address in the interface.
            var address = x.Array.Length == 0 ? 8UL : (ulong)data;
            var arrayInterface = string.Create(CultureInfo.InvariantCulture,
                $"{{\"data\":[{address},true],\"shape\":[{x.RowCount},{x.ColumnCount}],\"strides\":null,\"typestr\":\"<f8\",\"version\":3}}");
            var config = string.Create(CultureInfo.InvariantCulture, $"{{\"missing\":NaN,\"nthread\":{threads}}}");
            XGBoostNative.Check(XGBoostNative.XGDMatrixCreateFromDense(arrayInterface, config, out handle));
        }
        return Created(handle, x.RowCount, x.ColumnCount);
    }

    /// <summary>Creates a DMatrix from row-major float32 values (<c>XGDMatrixCreateFromMat_omp</c>, NaN = missing).</summary>
    public static DMatrix FromFloat32(ReadOnlySpan<float> values, int rowCount, int columnCount, int threads)
    {
        if ((long)rowCount * columnCount != values.Length)
            Throw.Argument($"A {rowCount}x{columnCount} matrix needs {(long)rowCount * columnCount} values but {values.Length} were given.", nameof(values));
        DMatrixHandle handle;
        fixed (float* data = values)
            XGBoostNative.Check(XGBoostNative.XGDMatrixCreateFromMat_omp(data, (ulong)rowCount, (ulong)columnCount, float.NaN, out handle, threads));
        return Created(handle, rowCount, columnCount);
    }

    public void SetLabels(ReadOnlySpan<double> labels) => SetFloats("label", labels);

    public void SetLabels(ReadOnlySpan<float> labels) => SetFloats("label", labels);

    public void SetWeights(ReadOnlySpan<double> weights) => SetFloats("weight", weights);

    /// <summary>Sets query groups for ranking objectives: consecutive groups of the given sizes, which must cover every row.</summary>
    public void SetGroups(ReadOnlySpan<int> groupSizes)
    {
        var sizes = new uint[groupSizes.Length];
        long total = 0;
        for (var g = 0; g < sizes.Length; g++)
        {
            if (groupSizes[g] <= 0)
                Throw.Argument($"Group {g} has size {groupSizes[g]}; group sizes must be positive.", nameof(groupSizes));
            sizes[g] = (uint)groupSizes[g];
            total += groupSizes[g];
        }
        if (total != RowCount)
            Throw.Argument($"The group sizes add up to {total} rows but the data has {RowCount}.", nameof(groupSizes));
        fixed (uint* p = sizes)
            XGBoostNative.Check(XGBoostNative.XGDMatrixSetUIntInfo(_handle, "group", p, (ulong)sizes.Length));
    }

    public void Dispose() => _handle.Dispose();

    private void SetFloats(string field, ReadOnlySpan<double> values)
    {
        var floats = new float[values.Length];
        for (var i = 0; i < floats.Length; i++) floats[i] = (float)values[i];
        SetFloats(field, floats);
    }

    private void SetFloats(string field, ReadOnlySpan<float> values)
    {
        if (values.Length != RowCount)
            Throw.Argument($"{field} has {values.Length} values but the data has {RowCount} rows.", field);
        fixed (float* p = values)
            XGBoostNative.Check(XGBoostNative.XGDMatrixSetFloatInfo(_handle, field, p, (ulong)values.Length));
    }

    private static DMatrix Created(DMatrixHandle handle, int rowCount, int columnCount)
    {
        try
        {
            XGBoostNative.Check(XGBoostNative.XGDMatrixNumRow(handle, out var rows));
            if (rows != (ulong)rowCount)
                Throw.XGBoost($"XGBoost built a DMatrix of {rows} rows from {rowCount}.");
            return new DMatrix(handle, rowCount, columnCount);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static void CheckFloatRange(Matrix x, string paramName)
    {
        var values = x.Values;
        for (var k = 0; k < values.Length; k++)
        {
            // NaN is missing; ±∞ (or a double that rounds to it in float32) is an error XGBoost would also reject.
            if (float.IsInfinity((float)values[k]))
                Throw.Argument($"{paramName}[{k / x.ColumnCount}, {k % x.ColumnCount}] is {values[k]}; XGBoost takes finite float32-range values, with NaN for missing.", paramName);
        }
    }
}
