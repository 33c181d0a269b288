using System.Text;

namespace Kaggle.LightGbm.Native;

/// <summary>
/// A LightGBM booster. Every native call on it runs under one lock, so results are copied into managed arrays before
/// any other call on this booster, and predictions from several threads are safe (each is parallelized by LightGBM).
/// </summary>
internal sealed unsafe class Booster : IDisposable
{
    private readonly BoosterHandle _handle;
    private readonly Lock _lock = new();

    private Booster(BoosterHandle handle) => _handle = handle;

    /// <summary>Creates a booster training on <paramref name="train"/> with LightGBM's parameter string (<c>key=value</c> pairs separated by spaces).</summary>
    public static Booster Create(Dataset train, string parameters)
    {
        LightGbmNative.Check(LightGbmNative.LGBM_BoosterCreate(train.Handle, parameters, out var handle));
        return new Booster(handle);
    }

    /// <summary>Creates a booster from a model written by <see cref="SaveModel"/>.</summary>
    public static Booster Load(string model)
    {
        var bytes = Encoding.UTF8.GetBytes(model + "\0");
        BoosterHandle handle;
        fixed (byte* p = bytes)
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterLoadModelFromString(p, out _, out handle));
        return new Booster(handle);
    }

    /// <summary>Adds a validation set (data index 1 for <see cref="Evaluate"/>); binned with the training set as reference.</summary>
    public void AddValidation(Dataset validation)
    {
        lock (_lock)
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterAddValidData(_handle, validation.Handle));
    }

    /// <summary>One boosting round with the built-in objective; true when no tree could be grown (LightGBM's "finished").</summary>
    public bool UpdateOneIter()
    {
        lock (_lock)
        {
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterUpdateOneIter(_handle, out var finished));
            return finished != 0;
        }
    }

    /// <summary>One boosting round from caller-computed gradients and hessians (class-major for several classes).</summary>
    public bool UpdateOneIterCustom(ReadOnlySpan<float> gradients, ReadOnlySpan<float> hessians)
    {
        lock (_lock)
        {
            fixed (float* g = gradients, h = hessians)
            {
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterUpdateOneIterCustom(_handle, g, h, out var finished));
                return finished != 0;
            }
        }
    }

    /// <summary>The current raw scores of data set <paramref name="dataIndex"/> (0 = training), class-major for several classes.</summary>
    public double[] Scores(int dataIndex)
    {
        lock (_lock)
        {
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterGetNumPredict(_handle, dataIndex, out var length));
            var scores = new double[checked((int)length)];
            long written;
            fixed (double* p = scores)
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterGetPredict(_handle, dataIndex, out written, p));
            if (written != length)
                Throw.LightGbm($"LightGBM returned {written} scores where it announced {length}.");
            return scores;
        }
    }

    /// <summary>The values of the configured metrics on data set <paramref name="dataIndex"/> (0 = training, 1 = first validation set).</summary>
    public double[] Evaluate(int dataIndex)
    {
        lock (_lock)
        {
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterGetEvalCounts(_handle, out var count));
            var results = new double[count];
            int written;
            fixed (double* p = results)
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterGetEval(_handle, dataIndex, out written, p));
            return written == count ? results : results[..written];
        }
    }

    /// <summary>
    /// Predicts rows × <paramref name="width"/> values for the row-major doubles of <paramref name="x"/> (read in place)
    /// with the first <paramref name="iterations"/> rounds.
    /// </summary>
    public double[] Predict(Kaggle.Core.Data.Matrix x, int width, bool raw, int iterations, string parameters)
    {
        var results = new double[checked(x.RowCount * width)];
        lock (_lock)
        {
            fixed (double* data = x.Array)
            fixed (double* p = results)
            {
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterPredictForMat(
                    _handle, data, LightGbmNative.DTypeFloat64, x.RowCount, x.ColumnCount, isRowMajor: 1,
                    raw ? LightGbmNative.PredictRawScore : LightGbmNative.PredictNormal, startIteration: 0, iterations, parameters, out var written, p));
                if (written != results.Length)
                    Throw.LightGbm($"LightGBM returned {written} predictions for {x.RowCount} rows × {width}.");
            }
        }
        return results;
    }

    /// <summary>The model text (trees, objective, parameters) of the first <paramref name="iterations"/> rounds (≤ 0: all).</summary>
    public string SaveModel(int iterations)
    {
        lock (_lock)
        {
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterSaveModelToString(
                _handle, 0, iterations, LightGbmNative.ImportanceSplit, 0, out var length, null));
            var buffer = new byte[checked((int)length)];
            fixed (byte* p = buffer)
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterSaveModelToString(
                    _handle, 0, iterations, LightGbmNative.ImportanceSplit, buffer.Length, out length, p));
            // The length counts the terminating NUL.
            return Encoding.UTF8.GetString(buffer, 0, Math.Max(0, (int)length - 1));
        }
    }

    /// <summary>Per-feature importance of the first <paramref name="iterations"/> rounds (≤ 0: all): split counts or total gains.</summary>
    public double[] FeatureImportance(int iterations, bool gain)
    {
        var featureCount = FeatureCount;
        var results = new double[featureCount];
        lock (_lock)
        {
            fixed (double* p = results)
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterFeatureImportance(
                    _handle, iterations, gain ? LightGbmNative.ImportanceGain : LightGbmNative.ImportanceSplit, p));
        }
        return results;
    }

    public int FeatureCount
    {
        get
        {
            lock (_lock)
            {
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterGetNumFeature(_handle, out var features));
                return features;
            }
        }
    }

    public int ClassCount
    {
        get
        {
            lock (_lock)
            {
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterGetNumClasses(_handle, out var classes));
                return classes;
            }
        }
    }

    /// <summary>Boosting rounds trained (or loaded).</summary>
    public int Iterations
    {
        get
        {
            lock (_lock)
            {
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterGetCurrentIteration(_handle, out var iteration));
                return iteration;
            }
        }
    }

    public bool IsDisposed => _handle.IsClosed;

    public void Dispose() => _handle.Dispose();
}
