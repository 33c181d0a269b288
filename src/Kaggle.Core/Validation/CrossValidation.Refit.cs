using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Core.Validation;

/// <summary>The refit on all training rows of <see cref="ModelSpec.Refit"/>: the test predictions of one more fit per seed.</summary>
public sealed partial record CrossValidation
{
    /// <summary>Refuses, before any fold is fitted, a refit that could not pick its number of rounds.</summary>
    private static void CheckRefit(ModelSpec model, int seed)
    {
        if (model.EarlyStopping && model.Learner(seed) is not IRoundsLearner<IModel>)
            throw new InvalidOperationException(
                $"Model '{model.Name}' sets Refit and EarlyStopping, but its learner {model.Learner(seed).GetType().Name} cannot be told how many " +
                "rounds to train on all rows (it does not implement IRoundsLearner); remove Refit or EarlyStopping.");
    }

    /// <summary>The mean of the fold models' kept rounds (at least 1), which the refit trains for.</summary>
    private static int MeanRounds(ModelSpec model, List<int> rounds)
    {
        if (rounds.Count == 0)
            throw new InvalidOperationException(
                $"Model '{model.Name}' sets Refit and EarlyStopping, but its fold models do not say how many rounds they kept (IRoundCount).");
        return Math.Max(1, (int)Math.Round(rounds.Average(), MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Fits the feature steps and the learner (with <paramref name="rounds"/> rounds when given) on every training row
    /// the filter keeps, and predicts the test rows.
    /// </summary>
    private static Matrix RefitPredict(ModelSpec model, int seed, Frame train, double[] target, Frame test, bool[]? keep, int? rounds, out IModel fitted)
    {
        var rows = keep is null ? Enumerable.Range(0, train.RowCount).ToArray() : [.. Enumerable.Range(0, train.RowCount).Where(r => keep[r])];
        var y = Array.ConvertAll(rows, r => target[r]);
        var features = model.Features.FitTransform(keep is null ? train : train.Rows(rows), y);
        var x = LearnerInput.Features(model, features.Train, FoldRows.Training, rows);
        var learner = model.Learner(seed);
        if (rounds is { } count) learner = ((IRoundsLearner<IModel>)learner).WithRounds(count);
        fitted = LearnerInput.Fit(model, learner, x, y);
        return LearnerInput.Predict(model, fitted, LearnerInput.Features(model, features.Step.Transform(test), FoldRows.Test, null));
    }
}
