using Kaggle.Core.Validation;
using Kaggle.Tuning.Space;

namespace Kaggle.Tuning;

/// <summary>
/// A model that can be tuned: its name (the <c>--model</c> of the tune verb), the search space of its hyper-parameters,
/// and how a set of values becomes the model spec that cross-validation runs. A competition declares these beside its
/// models and adopts a tuned trial with <see cref="Spec"/>, which records the study and trial in the run record.
/// </summary>
public sealed record TunableModel(string Name, SearchSpace Space, Func<TrialParameters, ModelSpec> Build)
{
    /// <summary>The model spec for <paramref name="parameters"/>, named <see cref="Name"/> and marked with their study and trial.</summary>
    public ModelSpec Spec(TrialParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Build(parameters) with { Origin = parameters.Origin };
    }
}
