using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="FeaturePipeline"/>: applies its fitted steps in order.</summary>
public sealed class FeaturePipelineModel : IFittedFeatureStep, IUnseenLevelCounter
{
    private readonly IFittedFeatureStep[] _steps;

    internal FeaturePipelineModel(IFittedFeatureStep[] steps) => _steps = steps;

    public IReadOnlyList<IFittedFeatureStep> Steps => _steps;

    /// <summary>
    /// Unseen-level counts of every encoding step, each given the frame as the steps before it transformed it.
    /// A column counted by two steps keeps the first count (the later step sees levels already regrouped).
    /// </summary>
    public IReadOnlyDictionary<string, int> CountUnseenLevels(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in _steps)
        {
            if (step is IUnseenLevelCounter counter)
                foreach (var (column, count) in counter.CountUnseenLevels(frame))
                    counts.TryAdd(column, count);
            frame = step.Transform(frame);
        }
        return counts;
    }

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        foreach (var step in _steps) frame = step.Transform(frame);
        return frame;
    }
}
