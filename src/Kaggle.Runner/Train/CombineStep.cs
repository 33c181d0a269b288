using Kaggle.Core.Ensembles;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, step 5: the experiment's ensemble combines its members (all models, or <see cref="Experiment.Members"/>) into
/// the result to submit; a lone member is submitted as it is. The compared ensembles are combined the same way and
/// only reported.
/// </summary>
internal static class CombineStep
{
    public static Combination Run(Experiment experiment, IReadOnlyList<CrossValidationResult> results, IMetric metric, double[] y)
    {
        var members = Members(experiment, results);
        var ensembles = new Dictionary<string, EnsembleParameters>(StringComparer.Ordinal);
        var final = Combine(experiment.Ensemble, members, metric, y, ensembles);
        var compared = experiment.Compare
            .Where(e => !e.Equals(experiment.Ensemble) && e is not SingleModel && results.Count > 1)
            .Distinct()
            .Select(e => Combine(e, members, metric, y, ensembles))
            .ToList();
        return new Combination(final, [.. results, .. compared], ensembles);
    }

    private static CrossValidationResult Combine(IEnsemble ensemble, IReadOnlyList<CrossValidationResult> members, IMetric metric, double[] y,
        Dictionary<string, EnsembleParameters> ensembles)
    {
        if (members.Count == 1 && ensemble is not SingleModel) return members[0];
        try
        {
            var combined = ensemble.Combine(members, metric, y);
            if (combined.Parameters.Method != "single_model") ensembles[combined.Result.Model] = combined.Parameters;
            return combined.Result;
        }
        catch (ArgumentException e)
        {
            throw new StageException($"Ensemble '{ensemble.Name}': {e.Message}", e);
        }
    }

    private static List<CrossValidationResult> Members(Experiment experiment, IReadOnlyList<CrossValidationResult> results)
    {
        if (experiment.Members is null) return [.. results];
        if (experiment.Members.FirstOrDefault(m => results.All(r => r.Model != m)) is { } unknown)
            throw new StageException($"Experiment.Members names '{unknown}', which is not a model.");
        return [.. results.Where(r => experiment.Members.Contains(r.Model))];
    }
}
