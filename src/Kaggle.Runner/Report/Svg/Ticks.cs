namespace Kaggle.Runner.Report.Svg;

/// <summary>"Nice" axis ticks: steps of 1, 2 or 5 times a power of ten covering a range with about the asked count.</summary>
internal static class Ticks
{
    /// <summary>Ticks within [min, max], at least <paramref name="minStep"/> apart (1 for counts such as runs or epochs).</summary>
    public static double[] Nice(double min, double max, int count = 5, double minStep = 0)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max)) return [0, 1];
        if (max <= min) (min, max) = (min - 0.5, max + 0.5);
        var raw = (max - min) / Math.Max(1, count);
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Math.Max(minStep, new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(s => s >= raw));
        var first = Math.Ceiling(min / step - 1e-9) * step;
        var ticks = new List<double>();
        for (var t = first; t <= max + step * 1e-9; t += step) ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        return [.. ticks];
    }

    /// <summary>The range padded by <paramref name="share"/> on both sides (at least a unit range around a constant).</summary>
    public static (double Min, double Max) Padded(IEnumerable<double> values, double share = 0.05)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0) return (0, 1);
        var (min, max) = (finite.Min(), finite.Max());
        if (max - min < 1e-12)
        {
            var half = Math.Abs(min) > 1e-9 ? Math.Abs(min) * 0.05 : 0.5; // one value: a scale around it, not a unit range
            return (min - half, max + half);
        }
        var pad = (max - min) * share;
        return (min - pad, max + pad);
    }
}
