namespace Kaggle.Runner.Report.Svg;

/// <summary>Which corner of an <see cref="SvgPlot"/>'s plot area holds its legend (the one its curves leave empty).</summary>
internal enum LegendCorner
{
    TopRight,
    TopLeft,
    BottomRight,
    BottomLeft,
}
