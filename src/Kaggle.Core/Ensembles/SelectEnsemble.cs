using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// "Submit whichever ensemble cross-validates best", with the choice itself cross-validated, as
/// <see cref="SelectBest"/> does among models. The submitted ensemble is the candidate with the best mean fold score
/// (its own nested scores, over every fold of every repeat); the reported score is nested once more, choosing the same
/// way on fewer rows: for every fold of every repeat, each candidate is scored by inner cross-validation over the other
/// folds only (fitted on all but one of them, scored on that one, in turn; the mean of those scores), the best is
/// fitted on the other folds and predicts the fold. So choosing among a blend, a stack and
/// averages on the same folds does not flatter the winner: the score is what the choosing procedure earns on rows it
/// never looked at, its weights and meta-model included. Candidates over a part of the members: <see cref="Subset"/>.
/// </summary>
/// <param name="Candidates">The ensembles to choose among (at least one); ties go to the earlier one.</param>
/// <param name="Name">The ensemble's name in tables and records.</param>
public sealed record SelectEnsemble(IReadOnlyList<INestedEnsemble> Candidates, string Name = "select_ensemble") : INestedEnsemble
{
    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        CheckCandidates();
        var results = new EnsembleResult[Candidates.Count];
        for (var c = 0; c < results.Length; c++) results[c] = Candidates[c].Combine(members, metric, y);
        var chosen = 0;
        var means = results.Select(r => r.Result.Folds.Average(f => f.Score)).ToArray();
        for (var c = 1; c < results.Length; c++)
            if (Better(metric, means[c], means[chosen])) chosen = c;
        var (nested, folds) = EnsembleScoring.Nested(members, metric, y, this);
        var winner = results[chosen];
        var scores = string.Join(", ", results.Select((r, c) => $"{r.Result.Model} {means[c]:F4}"));
        var result = EnsembleScoring.Result(Name, metric, y, members, winner.Result.OutOfFold, nested, winner.Result.Test, folds,
            $"best by mean fold {metric.Name} of {scores}: {winner.Result.Model}");
        var meta = winner.Parameters.Meta is null ? winner.Parameters.Name : $"{winner.Parameters.Name}: {winner.Parameters.Meta}";
        return new EnsembleResult(result, winner.Parameters with { Name = Name, Method = "select_ensemble", Meta = meta });
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(fitRows);
        CheckCandidates();
        return Candidates[Choose(inputs, fitRows)].FitPredict(inputs, fitRows, predictRows);
    }

    /// <summary>
    /// The candidate with the best mean inner fold score on <paramref name="fitRows"/>: their folds (from the repeat's
    /// assignment) are held out in turn, the candidate fitted on the rest of <paramref name="fitRows"/>.
    /// </summary>
    private int Choose(EnsembleInputs inputs, int[] fitRows)
    {
        var innerFolds = fitRows.Select(r => inputs.Assignment[r]).Distinct().Order().ToArray();
        if (innerFolds.Length < 2)
            throw new ArgumentException($"{Name} chooses by inner cross-validation and needs rows of at least two folds to fit on; they come from {innerFolds.Length}. Use at least three folds.", nameof(fitRows));
        var best = 0;
        var bestScore = double.NaN;
        for (var c = 0; c < Candidates.Count; c++)
        {
            var score = 0.0;
            foreach (var fold in innerFolds)
            {
                var held = fitRows.Where(r => inputs.Assignment[r] == fold).ToArray();
                var rest = fitRows.Where(r => inputs.Assignment[r] != fold).ToArray();
                score += inputs.Metric.Score(inputs.TargetOf(held), Candidates[c].FitPredict(inputs, rest, held)) / innerFolds.Length;
            }
            if (c == 0 || Better(inputs.Metric, score, bestScore)) (best, bestScore) = (c, score);
        }
        return best;
    }

    private static bool Better(IMetric metric, double score, double than) => metric.HigherIsBetter ? score > than : score < than;

    private void CheckCandidates()
    {
        if (Candidates is null || Candidates.Count == 0)
            throw new ArgumentException($"{Name} needs at least one candidate ensemble.", nameof(Candidates));
    }
}
