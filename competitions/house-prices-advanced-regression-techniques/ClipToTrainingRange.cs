using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace HousePrices;

/// <summary>
/// Clips every numeric column to the range its training rows span (fitted in-fold), so a linear model prices a house
/// larger than any it was fitted on like the largest one instead of extrapolating its slope: a linear model fitted
/// without the two huge partial sales priced them at 0.8–1.3 million out of fold for sales of 160,000–185,000.
/// Missing values stay missing; the trees do not need it (they never extrapolate).
/// </summary>
internal sealed record ClipToTrainingRange : IFeatureStep
{
    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        var ranges = new Dictionary<string, (double Low, double High)>(StringComparer.Ordinal);
        foreach (var column in train.Columns.OfType<NumericColumn>())
        {
            var (low, high) = (double.PositiveInfinity, double.NegativeInfinity);
            foreach (var value in column.Values)
                if (!double.IsNaN(value)) (low, high) = (Math.Min(low, value), Math.Max(high, value));
            if (low <= high) ranges[column.Name] = (low, high);
        }
        var model = new Model(ranges);
        return new FittedFeatures(model, model.Transform(train));
    }

    /// <summary>Per column, the training rows' smallest and largest value.</summary>
    private sealed class Model(Dictionary<string, (double Low, double High)> ranges) : IFittedFeatureStep
    {
        public Frame Transform(Frame frame)
        {
            ArgumentNullException.ThrowIfNull(frame);
            var clipped = new List<Column>(ranges.Count);
            foreach (var (name, (low, high)) in ranges)
            {
                var values = frame.Numeric(name).ToArray();
                for (var i = 0; i < values.Length; i++)
                    if (!double.IsNaN(values[i])) values[i] = Math.Clamp(values[i], low, high);
                clipped.Add(new NumericColumn(name, values));
            }
            return frame.With([.. clipped]);
        }
    }
}
