using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Targets;

/// <summary>
/// Fits <see cref="Inner"/> on transformed targets Forward(y) and predicts Inverse(ŷ), so predictions, and every metric
/// computed from them, are on the original scale (scikit-learn's <c>TransformedTargetRegressor</c>). The usual case
/// is <see cref="TargetTransform.Log1p"/> for prices scored by RMSLE; any invertible pair works.
/// </summary>
/// <typeparam name="TModel">The inner learner's model type.</typeparam>
public sealed record TargetTransformRegressor<TModel> : ILearner<TargetTransformModel<TModel>>
    where TModel : IRegressionModel
{
    /// <summary>The regression learner fitted on the transformed targets.</summary>
    public required ILearner<TModel> Inner { get; init; }

    /// <summary>The target transform (default <see cref="TargetTransform.Log1p"/>).</summary>
    public TargetTransform Transform { get; init; } = TargetTransform.Log1p;

    public TargetTransformModel<TModel> Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        ArgumentNullException.ThrowIfNull(Inner);
        ArgumentNullException.ThrowIfNull(Transform);
        Guard.TrainingSet(x, y, sampleWeight);
        var transformed = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            transformed[i] = Transform.Forward(y[i]);
            if (!double.IsFinite(transformed[i]))
                throw new TargetDomainException(Transform.Name, i, y[i], transformed[i]);
        }
        // A wrong inverse would silently bend every prediction: check it on the first rows, as scikit-learn's check_inverse does.
        for (var i = 0; i < Math.Min(y.Length, 32); i++)
        {
            var back = Transform.Inverse(transformed[i]);
            if (!(Math.Abs(back - y[i]) <= 1e-7 * Math.Max(1, Math.Abs(y[i]))))
                throw new ArgumentException($"The {Transform.Name} transform is not inverted by its Inverse: y[{i}] = {y[i]} comes back as {back}.", nameof(y));
        }
        return new TargetTransformModel<TModel>(Inner.Fit(x, transformed, sampleWeight), Transform);
    }
}
