using System.Runtime.InteropServices;

namespace Kaggle.XGBoost.Native;

/// <summary>
/// The XGBoost C API functions this binding uses, declared from <c>/usr/include/xgboost/c_api.h</c> (1.7.4), and
/// nothing more. <c>bst_ulong</c> is <c>uint64_t</c>; handles are <c>void*</c>. Every call returns 0 on success and
/// -1 on failure, with the message in a thread-local string: wrap each call in <see cref="Check"/> straight away,
/// on the same thread. Output pointers belong to XGBoost and stay valid only until the next call on the same
/// booster, so callers copy them into managed arrays at once ("copy before use").
/// </summary>
internal static unsafe partial class XGBoostNative
{
    internal const string Lib = "xgboost";

    // An explicit static constructor (no beforefieldinit) runs before the first call of any method of this class,
    // so the resolver that knows the Debian file names is in place before the runtime binds the first import.
    static XGBoostNative() => XGBoostLibraryResolver.Register();

    [LibraryImport(Lib)]
    internal static partial nint XGBGetLastError();

    [LibraryImport(Lib)]
    internal static partial void XGBoostVersion(out int major, out int minor, out int patch);

    [LibraryImport(Lib)]
    internal static partial int XGBRegisterLogCallback(delegate* unmanaged[Cdecl]<byte*, void> callback);

    [LibraryImport(Lib)]
    internal static partial int XGDMatrixCreateFromMat_omp(float* data, ulong nrow, ulong ncol, float missing, out DMatrixHandle handle, int nthread);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGDMatrixCreateFromDense(string arrayInterface, string config, out DMatrixHandle handle);

    [LibraryImport(Lib)]
    internal static partial int XGDMatrixFree(nint handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGDMatrixSetFloatInfo(DMatrixHandle handle, string field, float* array, ulong length);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGDMatrixSetUIntInfo(DMatrixHandle handle, string field, uint* array, ulong length);

    [LibraryImport(Lib)]
    internal static partial int XGDMatrixNumRow(DMatrixHandle handle, out ulong rows);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterCreate(nint* dmatrices, ulong length, out BoosterHandle handle);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterFree(nint handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSetParam(BoosterHandle handle, string name, string value);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterUpdateOneIter(BoosterHandle handle, int iteration, DMatrixHandle train);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterEvalOneIter(BoosterHandle handle, int iteration, nint* dmatrices, byte** names, ulong length, out nint result);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterPredictFromDMatrix(BoosterHandle handle, DMatrixHandle dmatrix, string config, out ulong* shape, out ulong dimension, out float* result);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSaveModelToBuffer(BoosterHandle handle, string config, out ulong length, out byte* buffer);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterLoadModelFromBuffer(BoosterHandle handle, byte* buffer, ulong length);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterFeatureScore(
        BoosterHandle handle, string config, out ulong featureCount, out byte** features, out ulong dimension, out ulong* shape, out float* scores);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterGetNumFeature(BoosterHandle handle, out ulong features);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterBoostedRounds(BoosterHandle handle, out int rounds);

    [LibraryImport(Lib)]
    internal static partial int XGBoosterSlice(BoosterHandle handle, int beginLayer, int endLayer, int step, out BoosterHandle sliced);

    /// <summary>Throws <see cref="XGBoostException"/> with XGBoost's thread-local error text when <paramref name="rc"/> is not 0.</summary>
    internal static void Check(int rc)
    {
        if (rc != 0)
            Throw.XGBoost(Marshal.PtrToStringUTF8(XGBGetLastError()) ?? "unknown XGBoost error");
    }
}
