namespace Kaggle.Core.Ensembles;

/// <summary>
/// What an ensemble is and what it fitted, as data (serialised as a JSON object in run records): the method, the
/// members in order, and where they apply the weights of a weighted combination, or the meta-learner of a stack with
/// its coefficients when it is linear. Properties that do not apply to a method are <see langword="null"/>.
/// </summary>
/// <param name="Name">The ensemble's name (as in tables and prediction files).</param>
/// <param name="Method">average, rank_average, blend, stack or single_model.</param>
/// <param name="Members">The combined models, in the order of <see cref="Weights"/> and <see cref="Coefficients"/>.</param>
public sealed record EnsembleParameters(string Name, string Method, IReadOnlyList<string> Members)
{
    /// <summary>Per member, its weight in the combination (non-negative, summing to 1).</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>The meta-learner's hyper-parameters, as text.</summary>
    public string? Meta { get; init; }

    /// <summary>The transform applied to member predictions before the meta-learner (e.g. log), or none.</summary>
    public string? MetaInputs { get; init; }

    /// <summary>A linear meta-model's coefficient per member (one output), on the transformed inputs.</summary>
    public IReadOnlyList<double>? Coefficients { get; init; }

    /// <summary>A linear meta-model's intercept.</summary>
    public double? Intercept { get; init; }
}
