using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.PostProcessing;

/// <summary>The default post-processing: the combined predictions are submitted as they are.</summary>
public sealed class NoPostProcessing : IPostProcessor
{
    private NoPostProcessing()
    {
    }

    public static NoPostProcessing Instance { get; } = new();

    public CrossValidationResult Apply(CrossValidationResult final, IMetric metric, ReadOnlySpan<double> y) => final;

    public override string ToString() => "none";
}
