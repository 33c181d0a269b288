using Kaggle.Core.TimeSeries;

namespace Kaggle.Core.Tests.TimeSeries;

public sealed class SeriesGridTests
{
    private static SeriesRows Rows(string[] series, long[] t, double[] values, double[]? labels = null) =>
        new(series, t, values, labels ?? new double[series.Length]);

    [Fact]
    public void Build_GapInSeries_InsertsFlaggedMissingPoint()
    {
        var train = Rows(["a", "a", "a"], [0, 60, 180], [1, 2, 4], [0, 1, 0]);

        var set = SeriesGrid.Build(train);

        var a = set.Series[0];
        Assert.Equal(60, a.Interval);
        Assert.Equal([1, 2, double.NaN, 4], a.Values);
        Assert.Equal([false, false, true, false], a.Missing);
        Assert.Equal([0, 1, 0, 0], a.Labels);
        Assert.Equal(new GridPoint(0, 3), set.TrainRows[2]);
    }

    [Fact]
    public void Build_UnsortedInterleavedRows_MappedBackAndNoted()
    {
        var train = Rows(["b", "a", "b", "a"], [600, 60, 300, 0], [3, 2, 1, 1]);

        var set = SeriesGrid.Build(train);

        Assert.Equal(["b", "a"], set.Series.Select(s => s.Id));
        Assert.Equal(300, set.Series[0].Interval);
        Assert.Equal([1, 3], set.Series[0].Values);
        Assert.Equal(new GridPoint(0, 1), set.TrainRows[0]);
        Assert.Equal(new GridPoint(1, 0), set.TrainRows[3]);
        Assert.Contains(set.Notes, n => n.Contains("not in time order", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TestFollowsTrain_OneGridWithPartsFlagged()
    {
        var train = Rows(["a", "a"], [0, 60], [1, 2]);
        var test = new SeriesRows(["a", "a"], [180, 240], [5, 6]);

        var set = SeriesGrid.Build(train, test);

        var a = set.Series[0];
        Assert.Equal(5, a.Length);
        Assert.Equal([true, true, false, false, false], a.Train);
        Assert.Equal([false, false, false, true, true], a.Test);
        Assert.Equal(new GridPoint(0, 4), set.TestRows[1]);
    }

    [Fact]
    public void Build_DuplicateTimestamps_SharePointWithMaxLabelAndNote()
    {
        var train = Rows(["a", "a", "a"], [0, 60, 60], [1, double.NaN, 7], [0, 0, 1]);

        var set = SeriesGrid.Build(train);

        var a = set.Series[0];
        Assert.Equal([1, 7], a.Values);
        Assert.Equal([0, 1], a.Labels);
        Assert.Equal(set.TrainRows[1], set.TrainRows[2]);
        Assert.Contains(set.Notes, n => n.Contains("repeated timestamps", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NaNValue_FlaggedMissingAndNoted()
    {
        var train = Rows(["a", "a", "a"], [0, 60, 120], [1, double.NaN, 3]);

        var set = SeriesGrid.Build(train);

        Assert.True(set.Series[0].Missing[1]);
        Assert.Contains(set.Notes, n => n.Contains("NaN", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SinglePointSeries_GridOfOne()
    {
        var set = SeriesGrid.Build(Rows(["a"], [1000], [5]));

        Assert.Equal(1, set.Series[0].Length);
        Assert.Equal(SeriesGrid.LoneInterval, set.Series[0].Interval);
        Assert.Contains(set.Notes, n => n.Contains("single timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SeriesOnlyInTest_BuiltWithoutTrainingPointsAndNoted()
    {
        var train = Rows(["a", "a"], [0, 60], [1, 2]);
        var test = new SeriesRows(["z", "z"], [0, 60], [5, 6]);

        var set = SeriesGrid.Build(train, test);

        var z = set.Series[set.IndexOf("z")];
        Assert.Equal(0, z.TrainCount);
        Assert.Contains(set.Notes, n => n.Contains("'z'", StringComparison.Ordinal) && n.Contains("not in the training rows", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TooIrregularTimestamps_ThrowsNamingSeries()
    {
        var train = Rows(["kpi", "kpi", "kpi"], [0, 1, 10_000_000], [1, 2, 3]);

        var error = Assert.Throws<ArgumentException>(() => SeriesGrid.Build(train));

        Assert.Contains("kpi", error.Message);
    }

    [Fact]
    public void SeriesRows_FromFrameMissingLabel_ThrowsNamingFileRowAndColumn()
    {
        var frame = new Kaggle.Core.Data.Frame(
            new Kaggle.Core.Data.TextColumn("KPI ID", ["a", "a"]),
            new Kaggle.Core.Data.NumericColumn("timestamp", [0, 60]),
            new Kaggle.Core.Data.NumericColumn("value", [1, 2]),
            new Kaggle.Core.Data.NumericColumn("label", [0, double.NaN]));

        var error = Assert.Throws<ArgumentException>(() => SeriesRows.FromFrame(frame, "train.csv", "KPI ID", "timestamp", "value", "label"));

        Assert.Contains("train.csv, row 2, column 'label'", error.Message);
    }

    [Fact]
    public void SeriesRows_LabelNotBinary_ThrowsNamingRow()
    {
        var error = Assert.Throws<ArgumentException>(() => new SeriesRows(["a", "a"], [0, 60], [1, 2], [0, 3]));

        Assert.Contains("Row 2", error.Message);
    }
}
