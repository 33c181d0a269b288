using Kaggle.Core.Data;
using Kaggle.Core.Metrics;

namespace Kaggle.Core.Validation;

/// <summary>
/// Adversarial validation: how well a classifier tells test rows from training rows on the prepared features, as the
/// out-of-fold ROC AUC of "is a test row" (stratified folds over the stacked rows, feature steps fitted in-fold).
/// About 0.5 means the test file looks like the training file, so a random fold is test-like; well above 0.5 means the
/// test rows differ, and a cross-validation score describes rows unlike those it will be judged on.
/// The classifier sees the features only: its label is "is a test row", never the competition's target.
/// See https://www.kaggle.com/code/tunguz/adversarial-validation (the technique's name on Kaggle).
/// </summary>
public static class AdversarialValidation
{
    /// <summary>
    /// The AUC of <paramref name="model"/> (a binary classifier whose feature steps ignore the target's meaning)
    /// telling <paramref name="test"/> from <paramref name="train"/>; both need the same columns.
    /// </summary>
    public static double Auc(ModelSpec model, Frame train, Frame test, int folds = 5, int seed = 42) =>
        Run(model, train, test, folds, seed).Auc;

    /// <summary>
    /// Runs the adversarial classifier and returns its AUC and, per training row, its out-of-fold probability of being a
    /// test row (<see cref="AdversarialResult.TestLikeness"/>). The <paramref name="observer"/> sees every fold fit
    /// (its fitted model and feature names, e.g. to read which features tell the files apart).
    /// </summary>
    public static AdversarialResult Run(ModelSpec model, Frame train, Frame test, int folds = 5, int seed = 42, ICrossValidationObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        var both = Frame.Concat(train, test);
        var isTest = new double[both.RowCount];
        for (var i = train.RowCount; i < isTest.Length; i++) isTest[i] = 1;
        var result = new CrossValidation(new StratifiedKFold(folds, seed), new LogLoss()) { Seeds = [seed] }
            .Run(model, both, isTest, observer: observer);
        var scores = result.OutOfFold.ColumnCount == 1 ? result.OutOfFold.Column(0) : result.OutOfFold.Column(1);
        return new AdversarialResult(new RocAuc().Score(isTest, Matrix.FromColumn(scores)), scores[..train.RowCount]);
    }
}
