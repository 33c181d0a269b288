using Kaggle.Testing;
using Kaggle.XGBoost.Native;

namespace Kaggle.XGBoost.Tests.Native;

public sealed class DMatrixTests
{
    [Fact]
    public void FromMatrix_DoublesRoundedByXGBoost_TrainsAsTheFloat32Copy()
    {
        RequireXGBoost.Library();
        var (x, y) = Synthetic.Binary(missingFraction: 0.05);
        var floats = x.Values.ToArray().Select(v => (float)v).ToArray();
        var learner = new XGBoostClassifier { Rounds = 10, RowSubsample = 0.8, Threads = 1 };

        using var fromDoubles = DMatrix.FromMatrix(x, threads: 1);
        using var fromFloats = DMatrix.FromFloat32(floats, x.RowCount, x.ColumnCount, threads: 1);
        fromDoubles.SetLabels(y);
        fromFloats.SetLabels(y);
        using var a = learner.Fit(fromDoubles, classCount: 2);
        using var b = learner.Fit(fromFloats, classCount: 2);

        Assert.Equal(a.PredictRaw(fromFloats, out _), b.PredictRaw(fromDoubles, out _));
        Assert.Equal(a.PredictRaw(fromDoubles, out _), b.PredictRaw(fromDoubles, out _));
    }

    [Fact]
    public void FromFloat32_WrongLength_ThrowsArgumentException()
    {
        RequireXGBoost.Library();

        Assert.Throws<ArgumentException>(() => DMatrix.FromFloat32(new float[5], 2, 3, threads: 1));
    }

    [Fact]
    public void Finalizer_UndisposedModel_IsCollectedAndFreed()
    {
        RequireXGBoost.Library();
        var weak = FitAndForget();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(weak.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference FitAndForget()
    {
        var (x, y) = Synthetic.Regression(rows: 50);
        return new WeakReference(new XGBoostRegressor { Rounds = 2, Threads = 1 }.Fit(x, y));
    }
}
