using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>
/// An unfitted feature transformation (imputer, encoder, scaler, derived column). It is fitted on the training
/// rows of one fold only and then applied to the validation and test rows, so nothing leaks across folds.
/// </summary>
public interface IFeatureStep
{
    /// <summary>
    /// Fits on <paramref name="train"/> (and <paramref name="target"/>, one value per training row, which steps that
    /// do not use the target ignore) and returns the fitted step with the transformed training rows. Steps that
    /// use the target return out-of-fold values for the training rows, so no row's features hold its own target.
    /// </summary>
    FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target);
}

/// <summary>A fitted feature transformation: immutable, applied the same way to any frame with the training columns.</summary>
public interface IFittedFeatureStep
{
    Frame Transform(Frame frame);
}

/// <summary>The result of fitting a feature step: the fitted step and the transformed training frame.</summary>
public sealed record FittedFeatures(IFittedFeatureStep Step, Frame Train);
