using Kaggle.Core.TimeSeries;

namespace Kaggle.Core.Tests.TimeSeries;

public sealed class SeriesToolsTests
{
    [Fact]
    public void SeriesScaler_Fit_UsesOnlyMaskedNormalNonMissingPoints()
    {
        // Points: 1, 3, NaN (missing), 100 (anomalous), 50 (outside the mask) → fitted on 1 and 3: mean 2, std 1.
        var train = new SeriesRows(["a", "a", "a", "a", "a"], [0, 60, 120, 180, 240], [1, 3, double.NaN, 100, 50], [0, 0, 0, 1, 0]);
        var series = SeriesGrid.Build(train).Series[0];

        var scaler = SeriesScaler.Fit(series, [true, true, true, true, false]);

        Assert.Equal(new SeriesScaler(2, 1), scaler);
        Assert.Equal([-1f, 1f, 0f, 98f, 48f], scaler.Transform(series));
    }

    [Fact]
    public void SeriesScaler_Fit_NoUsablePoint_Throws()
    {
        var series = SeriesGrid.Build(new SeriesRows(["a"], [0], [double.NaN], [0])).Series[0];

        Assert.Throws<ArgumentException>(() => SeriesScaler.Fit(series, [true]));
    }

    [Fact]
    public void SeriesScaler_ConstantSeries_StdOne()
    {
        var series = SeriesGrid.Build(new SeriesRows(["a", "a"], [0, 60], [4, 4], [0, 0])).Series[0];

        Assert.Equal(new SeriesScaler(4, 1), SeriesScaler.Fit(series, [true, true]));
    }

    [Theory]
    [InlineData(0, 0, 0, 3)]                    // 1970-01-01 00:00 UTC, a Thursday
    [InlineData(1491041280, 0, 608, 5)]         // 2017-04-01 10:08 UTC, a Saturday
    [InlineData(1491041280, 28800, 1088, 5)]    // 18:08 in UTC+8, still Saturday
    [InlineData(-60, 0, 1439, 2)]               // 1969-12-31 23:59, a Wednesday
    public void TimeFeatures_KnownDates_MinuteAndWeekday(long t, long offset, int minute, int weekday)
    {
        Assert.Equal(minute, TimeFeatures.MinuteOfDay(t, offset));
        Assert.Equal(weekday, TimeFeatures.DayOfWeek(t, offset));
    }

    [Fact]
    public void SlidingWindows_Ends_StrideKeepsLastAndSkipsShortPrefix()
    {
        Assert.Equal([2, 4, 6, 7], SlidingWindows.Ends(0, 8, width: 3, stride: 2));
        Assert.Empty(SlidingWindows.Ends(0, 2, width: 3));
    }

    [Fact]
    public void SlidingWindows_Copy_WindowEndsAtPoint()
    {
        var destination = new float[3];

        SlidingWindows.Copy<float>([1, 2, 3, 4, 5], 3, 3, destination);

        Assert.Equal([2f, 3f, 4f], destination);
        Assert.Throws<ArgumentOutOfRangeException>(() => SlidingWindows.Copy<float>([1, 2, 3], 1, 3, destination));
    }
}
