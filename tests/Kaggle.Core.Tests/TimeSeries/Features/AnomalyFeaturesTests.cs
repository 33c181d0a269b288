using Kaggle.Core.TimeSeries;
using Kaggle.Core.TimeSeries.Features;

namespace Kaggle.Core.Tests.TimeSeries.Features;

public sealed class AnomalyFeaturesTests
{
    private static RegularSeries Series(double[] values, long interval = 60)
    {
        var t = values.Select((_, i) => i * interval).ToArray();
        return SeriesGrid.Build(new SeriesRows(values.Select(_ => "a").ToArray(), t, values, new double[values.Length])).Series[0];
    }

    [Fact]
    public void Compute_ChangingTheFuture_LeavesPastRowsUnchanged()
    {
        var features = new AnomalyFeatures { Windows = [3, 5], QuantileWindow = 4 };
        var values = Enumerable.Range(0, 40).Select(i => Math.Sin(i / 3.0)).ToArray();
        var changed = (double[])values.Clone();
        for (var i = 25; i < 40; i++) changed[i] += 10;
        var points = Enumerable.Range(0, 25).ToArray();

        var before = features.Compute(Series(values), values.Select(v => (float)v).ToArray(), default, points);
        var after = features.Compute(Series(changed), changed.Select(v => (float)v).ToArray(), default, points);

        Assert.Equal(before.Values.ToArray(), after.Values.ToArray());
        Assert.Equal(features.Names.Count, before.ColumnCount);
    }

    [Fact]
    public void Rolling_MeanStdMinMax_TrailingWindowExcludesCurrentPoint()
    {
        double[] x = [1, 3, 2, 10];

        var (mean, std) = Rolling.MeanStd(x, 2);
        var (min, max) = Rolling.MinMax(x, 2);

        Assert.True(double.IsNaN(mean[1]));
        Assert.Equal([2, 2.5], mean[2..]);
        Assert.Equal([1, 0.5], std[2..]);
        Assert.Equal([1, 2], min[2..]);
        Assert.Equal([3, 3], max[2..]);
    }

    [Fact]
    public void Rolling_Quantiles_MatchLinearInterpolation()
    {
        // Window before t = 4 is [4, 1, 3, 2] → sorted 1 2 3 4; median at position 1.5 → 2.5; 90 % at 2.7 → 3.7.
        double[] x = [4, 1, 3, 2, 100];

        var q = Rolling.Quantiles(x, 4, [0.5, 0.9]);

        Assert.Equal(2.5, q[0][4], 12);
        Assert.Equal(3.7, q[1][4], 12);
        Assert.True(double.IsNaN(q[0][3]));
    }

    [Fact]
    public void Rolling_Ewm_MeanOfPastOnly()
    {
        var (mean, _) = Rolling.Ewm([2, 4, 8], 0.5);

        Assert.True(double.IsNaN(mean[0]));
        Assert.Equal([2, 3], mean[1..]);
    }

    [Fact]
    public void Compute_MissingPoint_ForwardFilledAndFlagged()
    {
        var series = Series([1, double.NaN, 3]);
        var features = new AnomalyFeatures { Windows = [1], QuantileWindow = 0 };

        var m = features.Compute(series, [1f, 0f, 3f], default, [1]);

        Assert.Equal(1, m[0, 0]);
        Assert.Equal(1, m[0, 1]);
    }
}
