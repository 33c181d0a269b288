using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// "Submit this one model": the named member's result unchanged (the same instance, so it is not reported twice). An
/// experiment that submits one model says so with this ensemble; there is no separate setting for it.
/// </summary>
/// <param name="Model">The name of the member to submit.</param>
public sealed record SingleModel(string Model) : INestedEnsemble
{
    public string Name => Model;

    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(members);
        var member = members.FirstOrDefault(m => m.Model == Model)
            ?? throw new ArgumentException($"The ensemble SingleModel(\"{Model}\") names no model; the models are {string.Join(", ", members.Select(m => m.Model))}.", nameof(members));
        return new EnsembleResult(member, new EnsembleParameters(Model, "single_model", [Model]));
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var index = inputs.Members.ToList().IndexOf(Model);
        if (index < 0)
            throw new ArgumentException($"The ensemble SingleModel(\"{Model}\") names no model; the models are {string.Join(", ", inputs.Members)}.", nameof(inputs));
        return inputs.Predictions[index].Rows(predictRows);
    }
}
