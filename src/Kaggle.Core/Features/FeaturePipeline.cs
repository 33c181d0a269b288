using Kaggle.Core.Data;
using Kaggle.Core.Parameters;

namespace Kaggle.Core.Features;

/// <summary>
/// An ordered list of feature steps, itself a step: each step is fitted on the training frame as the previous
/// step transformed it, and the fitted pipeline applies the fitted steps in the same order to any frame.
/// Build it as <c>new FeaturePipeline(impute, encode, scale)</c> or fluently with <see cref="Then"/>.
/// </summary>
public sealed record FeaturePipeline : IFeatureStep
{
    public FeaturePipeline(params IFeatureStep[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps = [.. steps];
    }

    /// <summary>The steps, in the order they are fitted and applied.</summary>
    public IReadOnlyList<IFeatureStep> Steps { get; }

    /// <summary>A new pipeline with <paramref name="step"/> appended (this one is unchanged).</summary>
    public FeaturePipeline Then(IFeatureStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new FeaturePipeline([.. Steps, step]);
    }

    /// <summary>Fits the steps in order; every step sees the same target, one value per training row.</summary>
    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        var fitted = new IFittedFeatureStep[Steps.Count];
        var frame = train;
        for (var s = 0; s < Steps.Count; s++)
        {
            var step = Steps[s] ?? throw new InvalidOperationException($"Pipeline step {s} is null.");
            var result = step.FitTransform(frame, target);
            if (result.Train.RowCount != train.RowCount)
                throw new InvalidOperationException(
                    $"Pipeline step {s} ({step.GetType().Name}) turned {train.RowCount} training rows into {result.Train.RowCount}; feature steps must keep every row.");
            fitted[s] = result.Step;
            frame = result.Train;
        }
        return new FittedFeatures(new FeaturePipelineModel(fitted), frame);
    }

    public override string ToString() => $"FeaturePipeline [{string.Join(" → ", Steps.Select(ParameterText.Of))}]";
}
