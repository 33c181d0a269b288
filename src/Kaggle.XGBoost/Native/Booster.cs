using System.Globalization;
using System.Runtime.InteropServices;

namespace Kaggle.XGBoost.Native;

/// <summary>
/// An XGBoost booster. Every native call on it runs under one lock, so the output buffers XGBoost lends
/// ("copy before use") are copied into managed arrays before any other call on this booster can replace them,
/// and predictions from several threads are safe.
/// </summary>
internal sealed unsafe class Booster : IDisposable
{
    private readonly BoosterHandle _handle;
    private readonly Lock _lock = new();

    private Booster(BoosterHandle handle) => _handle = handle;

    /// <summary>Creates a booster that caches predictions for the given matrices (the training set first, as the python binding does).</summary>
    public static Booster Create(ReadOnlySpan<DMatrix> cache)
    {
        var handles = new nint[cache.Length];
        var added = 0;
        try
        {
            // The raw handles are borrowed for the call only; AddRef keeps them from being freed meanwhile.
            for (; added < cache.Length; added++)
            {
                var success = false;
                cache[added].Handle.DangerousAddRef(ref success);
                handles[added] = cache[added].Handle.DangerousGetHandle();
            }
            BoosterHandle handle;
            fixed (nint* p = handles)
                XGBoostNative.Check(XGBoostNative.XGBoosterCreate(p, (ulong)handles.Length, out handle));
            return new Booster(handle);
        }
        finally
        {
            for (var i = 0; i < added; i++) cache[i].Handle.DangerousRelease();
        }
    }

    /// <summary>Creates a booster from a model written by <see cref="SaveModel"/> (JSON or UBJSON).</summary>
    public static Booster Load(ReadOnlySpan<byte> model)
    {
        var booster = Create([]);
        try
        {
            fixed (byte* p = model)
                XGBoostNative.Check(XGBoostNative.XGBoosterLoadModelFromBuffer(booster._handle, p, (ulong)model.Length));
            return booster;
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    public void SetParam(string name, string value)
    {
        lock (_lock)
            XGBoostNative.Check(XGBoostNative.XGBoosterSetParam(_handle, name, value));
    }

    public void UpdateOneIter(int iteration, DMatrix train)
    {
        lock (_lock)
            XGBoostNative.Check(XGBoostNative.XGBoosterUpdateOneIter(_handle, iteration, train.Handle));
    }

    /// <summary>Evaluates the booster on <paramref name="data"/>; returns XGBoost's line, e.g. <c>[3]\tvalid-logloss:0.52</c>.</summary>
    public string Evaluate(int iteration, DMatrix data, string name)
    {
        var nameBytes = new byte[System.Text.Encoding.UTF8.GetByteCount(name) + 1];
        System.Text.Encoding.UTF8.GetBytes(name, nameBytes);
        var success = false;
        data.Handle.DangerousAddRef(ref success);
        try
        {
            lock (_lock)
            {
                fixed (byte* namePointer = nameBytes)
                {
                    var dmatrix = data.Handle.DangerousGetHandle();
                    var names = namePointer;
                    XGBoostNative.Check(XGBoostNative.XGBoosterEvalOneIter(_handle, iteration, &dmatrix, &names, 1, out var result));
                    return Marshal.PtrToStringUTF8(result) ?? "";
                }
            }
        }
        finally
        {
            data.Handle.DangerousRelease();
        }
    }

    /// <summary>
    /// Predicts with the first <paramref name="iterationEnd"/> boosting rounds (<c>XGBoosterPredictFromDMatrix</c>,
    /// type 0: transformed predictions such as probabilities). Returns the values, row-major, and their per-row width.
    /// </summary>
    public float[] Predict(DMatrix data, int iterationEnd, out int width)
    {
        var config = string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\":0,\"training\":false,\"iteration_begin\":0,\"iteration_end\":{iterationEnd},\"strict_shape\":false}}");
        lock (_lock)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterPredictFromDMatrix(_handle, data.Handle, config, out var shape, out var dimension, out var result));
            ulong length = 1;
            for (ulong d = 0; d < dimension; d++) length *= shape[d];
            width = dimension <= 1 ? 1 : (int)(length / shape[0]);
            return new ReadOnlySpan<float>(result, checked((int)length)).ToArray();
        }
    }

    /// <summary>The model (trees, objective, base score, attributes; not the training-only parameters) in XGBoost's format.</summary>
    public byte[] SaveModel(string format = "ubj")
    {
        lock (_lock)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterSaveModelToBuffer(_handle, $"{{\"format\":\"{format}\"}}", out var length, out var buffer));
            return new ReadOnlySpan<byte>(buffer, checked((int)length)).ToArray();
        }
    }

    /// <summary>
    /// Per-feature scores of one importance type (<c>weight</c>, <c>gain</c>, <c>cover</c>, <c>total_gain</c>,
    /// <c>total_cover</c>) from <c>XGBoosterFeatureScore</c>; features never used in a split score 0.
    /// </summary>
    public double[] FeatureScores(string importanceType, int featureCount)
    {
        var scores = new double[featureCount];
        lock (_lock)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterFeatureScore(
                _handle, $"{{\"importance_type\":\"{importanceType}\"}}", out var count, out var names, out var dimension, out var shape, out var values));
            ulong valueCount = 1;
            for (ulong d = 0; d < dimension; d++) valueCount *= shape[d];
            if (valueCount != count)
                Throw.XGBoost($"XGBoost returned {valueCount} scores for {count} features.");
            for (ulong i = 0; i < count; i++)
            {
                // Without feature names XGBoost names feature j "f{j}".
                var name = Marshal.PtrToStringUTF8((nint)names[i]) ?? "";
                var j = -1;
                if (name.Length < 2 || name[0] != 'f' || !int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out j) || j >= featureCount)
                    Throw.XGBoost($"XGBoost returned a score for an unexpected feature '{name}'.");
                scores[j] = values[i];
            }
        }
        return scores;
    }

    public int FeatureCount
    {
        get
        {
            lock (_lock)
            {
                XGBoostNative.Check(XGBoostNative.XGBoosterGetNumFeature(_handle, out var features));
                return checked((int)features);
            }
        }
    }

    public int BoostedRounds
    {
        get
        {
            lock (_lock)
            {
                XGBoostNative.Check(XGBoostNative.XGBoosterBoostedRounds(_handle, out var rounds));
                return rounds;
            }
        }
    }

    /// <summary>A new booster holding the first <paramref name="rounds"/> boosting rounds.</summary>
    public Booster Slice(int rounds)
    {
        lock (_lock)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterSlice(_handle, 0, rounds, 1, out var sliced));
            return new Booster(sliced);
        }
    }

    public bool IsDisposed => _handle.IsClosed;

    public void Dispose() => _handle.Dispose();
}
