using Kaggle.LightGbm.Native;

namespace Kaggle.LightGbm;

/// <summary>
/// The boosting loop of <c>lightgbm.train</c> over the C API: one <c>LGBM_BoosterUpdateOneIter</c> (or, with a custom
/// objective, <c>LGBM_BoosterUpdateOneIterCustom</c> from the current training scores) per round and, with a validation
/// set, one <c>LGBM_BoosterGetEval</c> per round feeding early stopping with the python package's rule: stop once the
/// first metric has not strictly improved for the given number of rounds, and keep the best round.
/// </summary>
internal sealed class LightGbmTraining(
    int rounds, int earlyStoppingRounds, bool maximize, ILightGbmObjective? objective, double[] labels, double[]? weights, int width)
{
    private const int ValidationIndex = 1;

    public FittedLightGbm Run(Dataset train, Dataset? validation, string parameters, FittedLightGbm.Info info)
    {
        var booster = Booster.Create(train, parameters);
        try
        {
            if (validation is not null) booster.AddValidation(validation);
            var gradients = objective is null ? null : new float[labels.Length * width];
            var hessians = objective is null ? null : new float[labels.Length * width];
            var bestIteration = -1;
            var bestScore = double.NaN;
            var scores = new List<double>();
            for (var iteration = 0; iteration < rounds; iteration++)
            {
                bool finished;
                if (objective is null)
                {
                    finished = booster.UpdateOneIter();
                }
                else
                {
                    objective.Gradients(booster.Scores(0), labels, weights, gradients, hessians);
                    finished = booster.UpdateOneIterCustom(gradients, hessians);
                }
                // LightGBM drops a round in which no tree could split; the rounds before it are the model.
                if (finished) break;
                if (validation is null || earlyStoppingRounds == 0) bestIteration = iteration;
                if (validation is null) continue;
                var metrics = booster.Evaluate(ValidationIndex);
                if (metrics.Length == 0)
                {
                    if (earlyStoppingRounds > 0)
                        Throw.LightGbm("LightGBM evaluated no metric on the validation set; set EvalMetric for early stopping.");
                    continue;
                }
                var score = metrics[0];
                scores.Add(score);
                if (earlyStoppingRounds == 0)
                {
                    bestScore = score;
                    continue;
                }
                if (scores.Count == 1 || (maximize ? score > bestScore : score < bestScore))
                {
                    bestIteration = iteration;
                    bestScore = score;
                }
                else if (iteration - bestIteration >= earlyStoppingRounds)
                {
                    break;
                }
            }
            // A first round that could not split still leaves LightGBM's constant tree, which predicts the base score.
            return new FittedLightGbm(booster, info, Math.Max(bestIteration, 0), bestScore, [.. scores]);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }
}
