namespace Kaggle.Core.TimeSeries;

/// <summary>Where an input row landed: the index of its series in a <see cref="SeriesSet"/> and its grid point.</summary>
public readonly record struct GridPoint(int Series, int Point);
