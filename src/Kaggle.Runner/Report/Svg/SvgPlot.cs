using System.Globalization;
using System.Text;

namespace Kaggle.Runner.Report.Svg;

/// <summary>
/// A small x–y chart rendered as inline SVG: lines (optionally filled down to the axis, for histograms) and points,
/// on nice ticks with a light grid, axis labels and a legend. Ranges follow the data unless fixed.
/// </summary>
internal sealed class SvgPlot(string xLabel, string yLabel, int width = 400, int height = 290)
{
    private const int Left = 56, Right = 14, Top = 14, Bottom = 42;

    private readonly List<Series> _series = [];

    /// <summary>A fixed x range instead of the data's.</summary>
    public (double Min, double Max)? X { get; init; }

    /// <summary>A fixed y range instead of the data's.</summary>
    public (double Min, double Max)? Y { get; init; }

    /// <summary>True when x counts something (runs, epochs, rounds): ticks only at whole numbers.</summary>
    public bool WholeX { get; init; }

    /// <summary>Where the legend goes (default top right).</summary>
    public LegendCorner Legend { get; init; }

    public SvgPlot Line(IEnumerable<(double X, double Y)> points, string colour, string? label = null, bool dashed = false, bool fill = false)
    {
        _series.Add(new Series(Thin([.. points.Where(Finite)]), colour, label, false, dashed, fill));
        return this;
    }

    public SvgPlot Points(IEnumerable<(double X, double Y)> points, string colour, string? label = null)
    {
        _series.Add(new Series(Thin([.. points.Where(Finite)]), colour, label, true, false, false));
        return this;
    }

    public string Render()
    {
        var all = _series.SelectMany(s => s.Points).ToList();
        var (x0, x1) = X ?? Ticks.Padded(all.Select(p => p.X), 0.02);
        var (y0, y1) = Y ?? Ticks.Padded(all.Select(p => p.Y));
        var (pw, ph) = (width - Left - Right, height - Top - Bottom);
        double Sx(double x) => Left + (x - x0) / (x1 - x0) * pw;
        double Sy(double y) => Top + ph - (y - y0) / (y1 - y0) * ph;

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" class=\"plot\">"));
        foreach (var t in Ticks.Nice(y0, y1).Where(t => t >= y0 && t <= y1))
            svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Left + pw}\" y1=\"{Sy(t):F1}\" y2=\"{Sy(t):F1}\" stroke=\"{Palette.Grid}\"/>"))
               .Append(Inv($"<text x=\"{Left - 6}\" y=\"{Sy(t) + 4:F1}\" text-anchor=\"end\">{Html.G(t)}</text>"));
        foreach (var t in Ticks.Nice(x0, x1, 6, WholeX ? 1 : 0).Where(t => t >= x0 && t <= x1))
            svg.Append(Inv($"<line x1=\"{Sx(t):F1}\" x2=\"{Sx(t):F1}\" y1=\"{Top + ph}\" y2=\"{Top + ph + 4}\" stroke=\"{Palette.Axis}\"/>"))
               .Append(Inv($"<text x=\"{Sx(t):F1}\" y=\"{Top + ph + 16}\" text-anchor=\"middle\">{Html.G(t)}</text>"));
        svg.Append(Inv($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{pw}\" height=\"{ph}\" fill=\"none\" stroke=\"{Palette.Axis}\"/>"));
        svg.Append(Inv($"<text x=\"{Left + pw / 2}\" y=\"{height - 6}\" text-anchor=\"middle\" class=\"label\">{Html.E(xLabel)}</text>"));
        svg.Append(Inv($"<text transform=\"translate(14 {Top + ph / 2}) rotate(-90)\" text-anchor=\"middle\" class=\"label\">{Html.E(yLabel)}</text>"));
        foreach (var s in _series)
        {
            if (s.Dots)
            {
                foreach (var (x, y) in s.Points)
                    svg.Append(Inv($"<circle cx=\"{Sx(x):F1}\" cy=\"{Sy(y):F1}\" r=\"3\" fill=\"{s.Colour}\" fill-opacity=\"0.75\"/>"));
                continue;
            }
            if (s.Points.Count == 0) continue;
            var path = string.Join(" ", s.Points.Select(p => Inv($"{Sx(p.X):F1},{Sy(p.Y):F1}")));
            if (s.Fill)
                svg.Append(Inv($"<polygon points=\"{Sx(s.Points[0].X):F1},{Sy(Math.Max(y0, 0)):F1} {path} {Sx(s.Points[^1].X):F1},{Sy(Math.Max(y0, 0)):F1}\" fill=\"{s.Colour}\" fill-opacity=\"0.18\"/>"));
            svg.Append(Inv($"<polyline points=\"{path}\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\"{(s.Dashed ? " stroke-dasharray=\"5 4\"" : "")}/>"));
        }
        DrawLegend(svg, pw, ph);
        return svg.Append("</svg>").ToString();
    }

    private void DrawLegend(StringBuilder svg, int pw, int ph)
    {
        var labelled = _series.Where(s => s.Label is not null).ToList();
        if (labelled.Count == 0) return;
        var boxWidth = 24 + 6.5 * labelled.Max(s => s.Label!.Length);
        var boxHeight = labelled.Count * 16 + 6;
        var left = Legend is LegendCorner.TopLeft or LegendCorner.BottomLeft;
        var bottom = Legend is LegendCorner.BottomLeft or LegendCorner.BottomRight;
        var x = left ? Left + 6 : Left + pw - boxWidth - 6;
        var top = bottom ? Top + ph - boxHeight - 6 : Top + 6;
        svg.Append(Inv($"<rect x=\"{x:F1}\" y=\"{top}\" width=\"{boxWidth:F1}\" height=\"{boxHeight}\" fill=\"white\" fill-opacity=\"0.85\" rx=\"3\"/>"));
        for (var k = 0; k < labelled.Count; k++)
        {
            var y = top + 12 + k * 16;
            svg.Append(labelled[k].Dots
                ? Inv($"<circle cx=\"{x + 11:F1}\" cy=\"{y - 4}\" r=\"3.5\" fill=\"{labelled[k].Colour}\"/>")
                : Inv($"<line x1=\"{x + 4:F1}\" x2=\"{x + 18:F1}\" y1=\"{y - 4}\" y2=\"{y - 4}\" stroke=\"{labelled[k].Colour}\" stroke-width=\"2.5\"{(labelled[k].Dashed ? " stroke-dasharray=\"4 3\"" : "")}/>"));
            svg.Append(Inv($"<text x=\"{x + 22:F1}\" y=\"{y}\">{Html.E(labelled[k].Label)}</text>"));
        }
    }

    /// <summary>At most <see cref="MaxPoints"/> points per series (every k-th, and the last), so a big file stays a small page.</summary>
    public const int MaxPoints = 2000;

    private static List<(double X, double Y)> Thin(List<(double X, double Y)> points)
    {
        if (points.Count <= MaxPoints) return points;
        var step = (points.Count + MaxPoints - 1) / MaxPoints;
        var kept = points.Where((_, i) => i % step == 0).ToList();
        if ((points.Count - 1) % step != 0) kept.Add(points[^1]);
        return kept;
    }

    private static bool Finite((double X, double Y) p) => double.IsFinite(p.X) && double.IsFinite(p.Y);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Series(IReadOnlyList<(double X, double Y)> Points, string Colour, string? Label, bool Dots, bool Dashed, bool Fill);
}
