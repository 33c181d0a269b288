using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>
/// A learner that can stop early on rows it does not train on: the one entry point every boosting learner (our
/// histogram GBDT, XGBoost, LightGBM) offers, and the one cross-validation calls with each fold's validation rows
/// when <c>ModelSpec.EarlyStopping</c> is set. Its own <c>EarlyStoppingRounds</c> says how many rounds without
/// improvement end training (0 watches the rows but trains every round). Without an evaluation set,
/// <see cref="ILearner{TModel}.Fit"/> falls back to the learner's own inner hold-out (<c>ValidationFraction</c>).
/// </summary>
public interface IEarlyStoppingLearner<out TModel> : ILearner<TModel> where TModel : IModel
{
    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) only, evaluating the loss on <paramref name="evaluation"/>
    /// after every round; the model keeps the round with the lowest evaluation loss, stopping after
    /// <c>EarlyStoppingRounds</c> rounds without improvement. The evaluation rows pick the number of rounds, so a score
    /// measured on those same rows afterwards is slightly optimistic.
    /// </summary>
    TModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default);
}
