namespace Kaggle.Runner.Report.Svg;

/// <summary>The report's colours: a qualitative palette readable on white and by most colour-blind readers (Tableau 10).</summary>
internal static class Palette
{
    private static readonly string[] s_colours =
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    public static string Colour(int index) => s_colours[((index % s_colours.Length) + s_colours.Length) % s_colours.Length];

    public const string Axis = "#8a8f98";

    public const string Grid = "#e6e8eb";

    public const string Text = "#3c4043";
}
