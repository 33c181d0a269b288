using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// Histogram gradient boosting for classification, LightGBM's algorithm (Ke et al., 2017;
/// https://papers.nips.cc/paper/6907-lightgbm-a-highly-efficient-gradient-boosting-decision-tree): binary log-loss
/// with one tree per round, or softmax with one tree per class per round. Features are binned once (≤
/// <see cref="HistGradientBoostingSettings.MaxBins"/> quantile bins); trees grow leaf-wise up to <see cref="HistGradientBoostingSettings.MaxLeaves"/> leaves with histogram
/// subtraction; NaN gets a learned side at every split; features listed in <see cref="HistGradientBoostingSettings.CategoricalFeatures"/> (values
/// 0, 1, 2, … as doubles) are split by gradient-sorted category sets. Bit-identical at any thread count for a seed.
/// <para>
/// Early stopping: <see cref="Fit(Matrix, ReadOnlySpan{double}, EvaluationSet, ReadOnlySpan{double})"/> evaluates the log-loss on a given set after every round; or set
/// <see cref="HistGradientBoostingSettings.ValidationFraction"/> and <see cref="HistGradientBoostingSettings.EarlyStoppingRounds"/> and <see cref="Fit(Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/> holds out a seeded
/// random fraction of the rows. Either way training stops after <see cref="HistGradientBoostingSettings.EarlyStoppingRounds"/> rounds without
/// improvement (0: never) and the model keeps the best round.
/// </para>
/// </summary>
public sealed record HistGradientBoostingClassifier : HistGradientBoostingSettings, IEarlyStoppingLearner<HistGradientBoostingClassificationModel>, IRoundsLearner<HistGradientBoostingClassificationModel>
{
    /// <summary>This learner with <see cref="HistGradientBoostingSettings.Rounds"/> = <paramref name="rounds"/>, early stopping and its hold-out off.</summary>
    public ILearner<HistGradientBoostingClassificationModel> WithRounds(int rounds) => this with { Rounds = rounds, EarlyStoppingRounds = 0, ValidationFraction = 0 };

    /// <summary>Per-class multipliers of the sample weights (e.g. n/(K·n_k) to balance classes); null weighs classes equally.</summary>
    public IReadOnlyList<double>? ClassWeights { get; init; }

    /// <summary>Fits on all rows, or on all but a held-out <see cref="HistGradientBoostingSettings.ValidationFraction"/> when early stopping is set up.</summary>
    public HistGradientBoostingClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        var (options, classCount, w) = Prepare(x, y, sampleWeight);
        var yArray = y.ToArray();
        if (EarlyStoppingRounds > 0 && ValidationFraction > 0)
        {
            var (tx, ty, tw, validation) = BoostingSetup.Holdout(x, yArray, w, ValidationFraction, Seed);
            return Train(tx, ty, tw, validation, options, classCount);
        }
        return Train(x, yArray, w, null, options, classCount);
    }

    /// <summary>
    /// Fits on (<paramref name="x"/>, <paramref name="y"/>) and evaluates the log-loss on <paramref name="evaluation"/>
    /// (weighted as the training rows, class weights included) after every round; the model keeps the round with the
    /// lowest loss, stopping early after <see cref="HistGradientBoostingSettings.EarlyStoppingRounds"/> rounds without improvement.
    /// </summary>
    public HistGradientBoostingClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default)
    {
        var (options, classCount, w) = Prepare(x, y, sampleWeight);
        var (validX, validY) = BoostingSetup.CheckEvaluation(evaluation, x.ColumnCount);
        for (var i = 0; i < validY.Length; i++)
            if (validY[i] < 0 || validY[i] >= classCount || validY[i] != Math.Floor(validY[i]))
                throw new ArgumentException($"evaluation.Y[{i}] is {validY[i]}; the training labels are the classes 0..{classCount - 1}.", nameof(evaluation));
        var validation = new Booster.Validation(validX, validY, BoostingSetup.Weights(evaluation.SampleWeight, validY, ClassWeights, classCount));
        return Train(x, y.ToArray(), w, validation, options, classCount);
    }

    private (BoostingOptions Options, int ClassCount, double[] Weights) Prepare(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight)
    {
        Guard.TrainingSet(x, y, sampleWeight);
        var options = Options(x);
        var classCount = Guard.ClassLabels(y);
        return (options, classCount, BoostingSetup.Weights(sampleWeight, y, ClassWeights, classCount));
    }

    private static HistGradientBoostingClassificationModel Train(
        Matrix x, double[] y, double[] w, Booster.Validation? validation, BoostingOptions options, int classCount)
    {
        BoostingObjective objective = classCount == 2 ? new LogisticObjective() : new SoftmaxObjective(classCount);
        var result = Booster.Fit(x, y, w, validation, objective, options);
        return new HistGradientBoostingClassificationModel(result.Ensemble, classCount, result.ValidationLoss);
    }
}
