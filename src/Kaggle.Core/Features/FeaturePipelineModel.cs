using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>A fitted <see cref="FeaturePipeline"/>: applies its fitted steps in order.</summary>
public sealed class FeaturePipelineModel : IFittedFeatureStep
{
    private readonly IFittedFeatureStep[] _steps;

    internal FeaturePipelineModel(IFittedFeatureStep[] steps) => _steps = steps;

    public IReadOnlyList<IFittedFeatureStep> Steps => _steps;

    public Frame Transform(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        foreach (var step in _steps) frame = step.Transform(frame);
        return frame;
    }
}
