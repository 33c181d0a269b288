using System.Globalization;

namespace Kaggle.Core.TimeSeries;

/// <summary>
/// Splits rows by series and puts each series (its training and test rows together, test following training in
/// time) on a regular grid whose interval is the smallest gap between its timestamps, inserting the missing points.
/// Irregular input is handled, and each case is said in <see cref="SeriesSet.Notes"/>:
/// <list type="bullet">
/// <item>unsorted rows: ordered by time (the output maps each row back, so predictions keep the input order);</item>
/// <item>duplicate timestamps in a series: one grid point; its value is the first non-missing value, its label the
/// maximum, and every duplicate row gets that point's prediction;</item>
/// <item>empty or NaN values: the point is flagged missing like an inserted one;</item>
/// <item>a series with one timestamp: a grid of one point (interval <see cref="LoneInterval"/>);</item>
/// <item>a series only in the test rows: a grid of its own, noted, so callers can fall back (no labels to train on).</item>
/// </list>
/// A grid more than <see cref="MaxGridRatio"/> times longer than the series' rows is an error naming the series
/// (timestamps too irregular for a regular grid).
/// </summary>
public static class SeriesGrid
{
    /// <summary>The interval given to a series with a single timestamp.</summary>
    public const long LoneInterval = 60;

    /// <summary>The largest grid length per row allowed before the timestamps count as too irregular.</summary>
    public const int MaxGridRatio = 64;

    public static SeriesSet Build(SeriesRows train, SeriesRows? test = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Labels is null) throw new ArgumentException("The training rows have no labels.", nameof(train));
        var notes = new List<string>();
        var rowsOf = new Dictionary<string, (List<int> Train, List<int> Test)>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(SeriesRows rows, bool isTest)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!rowsOf.TryGetValue(rows.Series[i], out var lists))
                {
                    rowsOf[rows.Series[i]] = lists = ([], []);
                    order.Add(rows.Series[i]);
                }
                (isTest ? lists.Test : lists.Train).Add(i);
            }
        }
        Add(train, false);
        if (test is not null) Add(test, true);
        Note(notes, Unsorted(train), "training rows were not in time order within their series; they were ordered by time");
        if (test is not null) Note(notes, Unsorted(test), "test rows were not in time order within their series; they were ordered by time");

        var series = new List<RegularSeries>();
        var trainRows = new GridPoint[train.Count];
        var testRows = new GridPoint[test?.Count ?? 0];
        foreach (var id in order)
        {
            var (trainList, testList) = rowsOf[id];
            var index = series.Count;
            var grid = Place(id, train, trainList, test, testList, notes);
            series.Add(grid.Series);
            foreach (var (row, point) in grid.TrainPoints) trainRows[row] = new GridPoint(index, point);
            foreach (var (row, point) in grid.TestPoints) testRows[row] = new GridPoint(index, point);
            if (trainList.Count == 0)
                notes.Add($"series '{id}' is in the test rows but not in the training rows: it has no labels and no training points");
        }
        return new SeriesSet(series, trainRows, testRows, notes);
    }

    private static (RegularSeries Series, List<(int, int)> TrainPoints, List<(int, int)> TestPoints) Place(
        string id, SeriesRows train, List<int> trainList, SeriesRows? test, List<int> testList, List<string> notes)
    {
        var times = trainList.Select(r => train.Timestamps[r]).Concat(testList.Select(r => test!.Timestamps[r])).ToArray();
        Array.Sort(times);
        var interval = long.MaxValue;
        var duplicates = 0;
        for (var i = 1; i < times.Length; i++)
        {
            var gap = times[i] - times[i - 1];
            if (gap == 0) duplicates++;
            else interval = Math.Min(interval, gap);
        }
        if (interval == long.MaxValue)
        {
            interval = LoneInterval;
            notes.Add($"series '{id}' has a single timestamp; it is a grid of one point");
        }
        Note(notes, duplicates, $"series '{id}' has repeated timestamps; each repeat shares one grid point (first non-missing value, maximum label)");
        var span = (times[^1] - times[0]) / interval;
        if (span + 1 > ((long)MaxGridRatio * times.Length) + 1024)
            throw new ArgumentException(
                $"Series '{id}': {times.Length} timestamps from {times[0]} to {times[^1]} with a smallest gap of {interval} s would need a grid of {span + 1} points; the timestamps are too irregular for a regular grid.");
        var grid = new RegularSeries(id, times[0], interval, (int)span + 1);
        var missingValues = 0;
        List<(int, int)> Put(SeriesRows rows, List<int> list, bool isTest)
        {
            var placed = new List<(int, int)>(list.Count);
            foreach (var row in list)
            {
                var point = (int)((rows.Timestamps[row] - grid.Start) / interval);
                placed.Add((row, point));
                var value = rows.Values[row];
                if (double.IsNaN(value)) missingValues++;
                else if (grid.Missing[point])
                {
                    grid.Values[point] = value;
                    grid.Missing[point] = false;
                }
                if (isTest) grid.Test[point] = true;
                else
                {
                    grid.Train[point] = true;
                    if (rows.Labels![row] == 1) grid.Labels[point] = 1;
                }
            }
            return placed;
        }
        var trainPoints = Put(train, trainList, false);
        var testPoints = test is null ? [] : Put(test, testList, true);
        Note(notes, missingValues, $"series '{id}' has empty or NaN values; those points are flagged missing");
        return (grid, trainPoints, testPoints);
    }

    private static int Unsorted(SeriesRows rows)
    {
        var last = new Dictionary<string, long>(StringComparer.Ordinal);
        var count = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (last.TryGetValue(rows.Series[i], out var previous) && rows.Timestamps[i] < previous) count++;
            last[rows.Series[i]] = rows.Timestamps[i];
        }
        return count;
    }

    private static void Note(List<string> notes, int count, string text)
    {
        if (count > 0) notes.Add(string.Create(CultureInfo.InvariantCulture, $"{count} case(s): {text}"));
    }
}
