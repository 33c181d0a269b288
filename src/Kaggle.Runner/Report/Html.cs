using System.Globalization;
using System.Net;
using System.Text;

namespace Kaggle.Runner.Report;

/// <summary>Small HTML helpers for the report: escaping, invariant numbers, tables and notes.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A number with <paramref name="digits"/> decimals, invariant; "–" for NaN or null.</summary>
    public static string N(double? value, int digits = 4) =>
        value is { } v && double.IsFinite(v) ? v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";

    /// <summary>A compact number for ticks and bars: up to 4 significant digits, thousands as k and millions as M, tiny ones as 8e-6.</summary>
    public static string G(double value)
    {
        var c = CultureInfo.InvariantCulture;
        var size = Math.Abs(value);
        if (size >= 1e6) return (value / 1e6).ToString("G3", c) + "M";
        if (size >= 1e4) return (value / 1e3).ToString("G4", c) + "k";
        if (size is > 0 and < 1e-3) return value.ToString("0.##e0", c);
        return value.ToString("G4", c);
    }

    /// <summary>A paragraph saying why a section has nothing to show.</summary>
    public static string Note(string text) => $"<p class=\"note\">{E(text)}</p>";

    /// <summary>A table: <paramref name="header"/> cells are escaped; row cells are HTML (escape text with <see cref="E"/>).</summary>
    public static string Table(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, string css = "")
    {
        var html = new StringBuilder($"<table class=\"{css}\"><thead><tr>");
        foreach (var h in header) html.Append("<th>").Append(E(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(cell).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>Figures side by side, each with a caption.</summary>
    public static string Figures(IEnumerable<(string Caption, string Svg)> figures) =>
        "<div class=\"figures\">" + string.Concat(figures.Select(f => $"<figure>{f.Svg}<figcaption>{E(f.Caption)}</figcaption></figure>")) + "</div>";
}
