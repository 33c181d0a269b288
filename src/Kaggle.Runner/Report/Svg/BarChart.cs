using System.Globalization;
using System.Text;

namespace Kaggle.Runner.Report.Svg;

/// <summary>
/// Horizontal bars with their labels and values (negative values grow to the left of a zero line), and an optional
/// ±std whisker per bar: feature importances, coefficients, ensemble weights.
/// </summary>
internal static class BarChart
{
    public static string Render(IReadOnlyList<(string Label, double Value, double Std)> bars, string colour, int width = 410)
    {
        const int Row = 20, LabelWidth = 190, ValueWidth = 56;
        var height = bars.Count * Row + 8;
        var min = Math.Min(0, bars.Min(b => b.Value - b.Std));
        var max = Math.Max(0, bars.Max(b => b.Value + b.Std));
        if (max - min < 1e-12) max = min + 1;
        var plot = width - LabelWidth - ValueWidth;
        double Sx(double v) => LabelWidth + (v - min) / (max - min) * plot;
        var c = CultureInfo.InvariantCulture;
        var svg = new StringBuilder(string.Create(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" class=\"bars\">"));
        for (var k = 0; k < bars.Count; k++)
        {
            var (label, value, std) = bars[k];
            var y = 4 + k * Row;
            var (a, b) = (Sx(Math.Min(0, value)), Sx(Math.Max(0, value)));
            var shown = label.Length > 28 ? label[..27] + "…" : label;
            svg.Append(string.Create(c, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\"><title>{Html.E(label)}</title>{Html.E(shown)}</text>"));
            svg.Append(string.Create(c, $"<rect x=\"{a:F1}\" y=\"{y + 3}\" width=\"{Math.Max(b - a, 0.5):F1}\" height=\"{Row - 6}\" rx=\"2\" fill=\"{(value < 0 ? Palette.Colour(2) : colour)}\"/>"));
            if (std > 0)
                svg.Append(string.Create(c, $"<line x1=\"{Sx(value - std):F1}\" x2=\"{Sx(value + std):F1}\" y1=\"{y + Row / 2}\" y2=\"{y + Row / 2}\" stroke=\"{Palette.Text}\" stroke-opacity=\"0.6\"/>"));
            svg.Append(string.Create(c, $"<text x=\"{width - 4}\" y=\"{y + 14}\" text-anchor=\"end\" class=\"value\">{Html.G(value)}</text>"));
        }
        if (min < 0)
            svg.Append(string.Create(c, $"<line x1=\"{Sx(0):F1}\" x2=\"{Sx(0):F1}\" y1=\"2\" y2=\"{height - 2}\" stroke=\"{Palette.Axis}\"/>"));
        return svg.Append("</svg>").ToString();
    }
}
