namespace Kaggle.Core.TimeSeries;

/// <summary>
/// One series on a regular grid: point k is at <see cref="Start"/> + k·<see cref="Interval"/>. Grid points without a
/// row, and rows whose value is missing, are flagged in <see cref="Missing"/> with value NaN. Points that came from
/// training rows are flagged in <see cref="Train"/> (their labels are in <see cref="Labels"/>), points from test rows
/// in <see cref="Test"/>. Built by <see cref="SeriesGrid"/>.
/// </summary>
public sealed class RegularSeries
{
    internal RegularSeries(string id, long start, long interval, int length)
    {
        Id = id;
        Start = start;
        Interval = interval;
        Values = new double[length];
        Array.Fill(Values, double.NaN);
        Missing = new bool[length];
        Array.Fill(Missing, true);
        Labels = new byte[length];
        Train = new bool[length];
        Test = new bool[length];
    }

    /// <summary>The series id (KPI ID).</summary>
    public string Id { get; }

    /// <summary>The Unix time (seconds) of point 0.</summary>
    public long Start { get; }

    /// <summary>Seconds between grid points: the smallest gap between the series' timestamps.</summary>
    public long Interval { get; }

    public int Length => Values.Length;

    /// <summary>The value of each point; NaN where <see cref="Missing"/>.</summary>
    public double[] Values { get; }

    /// <summary>True for points inserted into the grid and points whose value was empty or NaN.</summary>
    public bool[] Missing { get; }

    /// <summary>1 where a training row labels the point anomalous; 0 elsewhere (normal, unlabelled or inserted).</summary>
    public byte[] Labels { get; }

    /// <summary>True where a training row sits.</summary>
    public bool[] Train { get; }

    /// <summary>True where a test row sits.</summary>
    public bool[] Test { get; }

    /// <summary>The Unix time of point <paramref name="point"/>.</summary>
    public long TimestampAt(int point) => Start + (point * Interval);

    /// <summary>The number of points that came from training rows.</summary>
    public int TrainCount => Train.Count(t => t);
}
