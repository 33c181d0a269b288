namespace Kaggle.Core.TimeSeries;

/// <summary>
/// The result of <see cref="SeriesGrid.Build"/>: every series on its grid, where each training and test row landed,
/// and the notes saying how irregular input was handled (unsorted rows, duplicates, missing values, lone points).
/// </summary>
public sealed record SeriesSet(
    IReadOnlyList<RegularSeries> Series,
    GridPoint[] TrainRows,
    GridPoint[] TestRows,
    IReadOnlyList<string> Notes)
{
    /// <summary>The index of the series called <paramref name="id"/>, or −1.</summary>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Series.Count; i++)
            if (Series[i].Id == id) return i;
        return -1;
    }
}
