using System.Runtime.InteropServices;
using Kaggle.Native;

namespace Kaggle.LightGbm.Native;

/// <summary>
/// The LightGBM C API functions this binding uses, declared from <c>include/LightGBM/c_api.h</c> (4.7.0), and nothing
/// more. Handles are <c>void*</c>; every call returns 0 on success and -1 on failure, with the message in a
/// thread-local string: wrap each call in <see cref="Check"/> straight away, on the same thread.
/// </summary>
internal static unsafe partial class LightGbmNative
{
    internal const string Lib = "lib_lightgbm";

    /// <summary><c>C_API_DTYPE_FLOAT32</c>: labels, weights, gradients and hessians are float32 in LightGBM.</summary>
    internal const int DTypeFloat32 = 0;

    /// <summary><c>C_API_DTYPE_FLOAT64</c>: our <c>Matrix</c> doubles, read in place.</summary>
    internal const int DTypeFloat64 = 1;

    /// <summary><c>C_API_PREDICT_NORMAL</c>: the objective's output (probabilities for classification).</summary>
    internal const int PredictNormal = 0;

    /// <summary><c>C_API_PREDICT_RAW_SCORE</c>: the untransformed sum of the trees (a custom objective's output).</summary>
    internal const int PredictRawScore = 1;

    /// <summary><c>C_API_FEATURE_IMPORTANCE_SPLIT</c> (0) and <c>C_API_FEATURE_IMPORTANCE_GAIN</c> (1).</summary>
    internal const int ImportanceSplit = 0;

    internal const int ImportanceGain = 1;

    // An explicit static constructor (no beforefieldinit) runs before the first call of any method of this class, so the
    // thread-spinning policy and the resolver are in place before the runtime binds the first import (and libgomp starts).
    static LightGbmNative()
    {
        OpenMpEnvironment.Apply();
        LightGbmLibraryResolver.Register();
    }

    [LibraryImport(Lib)]
    internal static partial nint LGBM_GetLastError();

    [LibraryImport(Lib)]
    internal static partial int LGBM_DumpParamAliases(long bufferLength, out long outLength, byte* outText);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LGBM_DatasetCreateFromMat(
        void* data, int dataType, int rowCount, int columnCount, int isRowMajor, string parameters, nint reference, out DatasetHandle handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LGBM_DatasetSetField(DatasetHandle handle, string field, void* data, int length, int type);

    [LibraryImport(Lib)]
    internal static partial int LGBM_DatasetFree(nint handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LGBM_BoosterCreate(DatasetHandle train, string parameters, out BoosterHandle handle);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterAddValidData(BoosterHandle handle, DatasetHandle validation);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterFree(nint handle);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterUpdateOneIter(BoosterHandle handle, out int isFinished);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterUpdateOneIterCustom(BoosterHandle handle, float* gradients, float* hessians, out int isFinished);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetEvalCounts(BoosterHandle handle, out int count);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetEvalNames(
        BoosterHandle handle, int length, out int outLength, nuint bufferLength, out nuint outBufferLength, byte** names);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetEval(BoosterHandle handle, int dataIndex, out int outLength, double* results);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetNumPredict(BoosterHandle handle, int dataIndex, out long length);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetPredict(BoosterHandle handle, int dataIndex, out long length, double* results);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LGBM_BoosterPredictForMat(
        BoosterHandle handle, void* data, int dataType, int rowCount, int columnCount, int isRowMajor, int predictType,
        int startIteration, int iterationCount, string parameters, out long outLength, double* results);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterSaveModelToString(
        BoosterHandle handle, int startIteration, int iterationCount, int importanceType, long bufferLength, out long outLength, byte* text);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterLoadModelFromString(byte* text, out int iterations, out BoosterHandle handle);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterFeatureImportance(BoosterHandle handle, int iterationCount, int importanceType, double* results);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetNumFeature(BoosterHandle handle, out int features);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetNumClasses(BoosterHandle handle, out int classes);

    [LibraryImport(Lib)]
    internal static partial int LGBM_BoosterGetCurrentIteration(BoosterHandle handle, out int iteration);

    /// <summary>Throws <see cref="LightGbmException"/> with LightGBM's thread-local error text when <paramref name="rc"/> is not 0.</summary>
    internal static void Check(int rc)
    {
        if (rc != 0)
            Throw.LightGbm(Marshal.PtrToStringUTF8(LGBM_GetLastError()) ?? "unknown LightGBM error");
    }
}
