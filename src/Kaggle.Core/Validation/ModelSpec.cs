using Kaggle.Core.Features;
using Kaggle.Core.Models;
using Kaggle.Core.Parameters;

namespace Kaggle.Core.Validation;

/// <summary>
/// One model of a competition pipeline: a name, the feature steps that turn the raw frame into numbers (fitted
/// inside each fold), and the learner to fit, built for a seed so repeated cross-validation can vary it.
/// </summary>
public sealed record ModelSpec(string Name, IFeatureStep Features, Func<int, ILearner<IModel>> Learner)
{
    /// <summary>
    /// Rows this model never trains on (outliers it should not fit), or <see langword="null"/> to train on every row.
    /// The rows are still validated and scored, so the CV score says what dropping them costs or gains on all rows.
    /// </summary>
    public TrainingRowFilter? TrainingRows { get; init; }

    /// <summary>
    /// When true, each fold's learner (an <see cref="IEarlyStoppingLearner{TModel}"/>: our GBDT, XGBoost) is fitted
    /// with the fold's transformed validation rows as its evaluation set and stops early on them, with its own
    /// <c>EarlyStoppingRounds</c> as the patience, as nyaggle does; false (default) leaves early stopping to the
    /// learner's inner hold-out, if any. Trade-off: the rows that choose the number of rounds also score the fold,
    /// so the fold scores and the out-of-fold score come out slightly optimistic (more so with few rows or much
    /// patience); in exchange no training rows are held out. The recorded parameters say so.
    /// </summary>
    public bool EarlyStopping { get; init; }

    /// <summary>
    /// When true, the test predictions come from one more fit per cross-validation seed, of the same feature steps and
    /// learner on all training rows (those <see cref="TrainingRows"/> keeps), instead of the average of the fold models;
    /// the out-of-fold predictions, the scores and so the ensemble weights are the cross-validation's as before. With
    /// <see cref="EarlyStopping"/> the refit trains for the mean number of rounds the fold models kept (the learner must
    /// implement <see cref="IRoundsLearner{TModel}"/>). Default false. Trade-off: one model that saw every row instead
    /// of an average of k models that each saw (k−1)/k of them; the cross-validation scores neither, so compare on a
    /// hold-out before relying on it.
    /// </summary>
    public bool Refit { get; init; }

    /// <summary>
    /// Allow a sparse feature matrix to be densified for a learner that takes only dense input (default false: such
    /// a model fails with a message giving the matrix size). Learners implementing <see cref="ISparseLearner{TModel}"/>
    /// always get the sparse matrix.
    /// </summary>
    public bool Densify { get; init; }

    /// <summary>Where the hyper-parameters come from when they were tuned (<c>study gbdt-tpe trial 23</c>), shown in run records; null otherwise.</summary>
    public string? Origin { get; init; }

    /// <summary>The learner's hyper-parameters and the feature steps as text, by content (<see cref="ParameterText"/>), for run records.</summary>
    public string Describe(int seed) =>
        $"{ParameterText.Of(Learner(seed))} | features: {ParameterText.Of(Features)}" + (TrainingRows is null ? "" : $" | training rows: {TrainingRows.Description}")
        + (EarlyStopping ? " | early stopping: on each fold's validation rows (CV score optimistic)" : "")
        + (Refit ? " | test predictions: refit on all training rows" + (EarlyStopping ? " for the folds' mean rounds" : "") : "")
        + (Origin is null ? "" : $" | tuned: {Origin}");
}
