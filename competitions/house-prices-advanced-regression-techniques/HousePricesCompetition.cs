using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Targets;
using Kaggle.Core.Runner;
using Kaggle.Core.Validation;
using Kaggle.XGBoost;

namespace HousePrices;

/// <summary>
/// House prices: the chosen features, learners and ensemble, in one place. Every learner fits log(SalePrice) and
/// predicts prices (<see cref="TargetTransformRegressor{TModel}"/>), so the CV metric, rmsle, is computed on prices
/// like Kaggle's score. See README.md for what was tried and the CV of each choice.
/// </summary>
public sealed class HousePricesCompetition : Competition
{
    /// <summary>The two huge, cheap partial sales in Edwards that every linear model bends towards (training rows only).</summary>
    internal static readonly TrainingRowFilter Outliers = new("not GrLivArea > 4000 with SalePrice < 300000",
        (frame, y) =>
        {
            var area = frame.Numeric("GrLivArea");
            return [.. Enumerable.Range(0, y.Length).Select(i => !(area[i] > 4000 && y[i] < 300_000))];
        });

    public override CsvReadOptions ReadOptions => CsvReadOptions.Default with
    {
        // A dwelling class code, not a quantity.
        Kinds = new Dictionary<string, ColumnKind> { ["MSSubClass"] = ColumnKind.Categorical },
    };

    public override Frame Prepare(Frame frame, RunOptions options) => Features.All(frame);

    /// <summary>Every training row but the two <see cref="Outliers"/> (CV: README); a fast run keeps every third of them.</summary>
    public override int[]? TrainingRows(Frame train, IReadOnlyList<double> target, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keep = Outliers.Keep(train, [.. target]);
        return [.. Enumerable.Range(0, keep.Length).Where(i => keep[i] && (!options.Fast || i % 3 == 0))];
    }

    public override Experiment Build(RunOptions options)
    {
        var rounds = options.Fast ? 200 : 2000;
        return new Experiment(
        [
            new ModelSpec("lasso", Linear(), _ => Log(new Lasso { Alpha = 0.0005 })),
            new ModelSpec("lasso_no_outliers", Linear(), _ => Log(new Lasso { Alpha = 0.0005 })) { TrainingRows = Outliers },
            new ModelSpec("xgboost_no_outliers", Trees(), seed => Log(new XGBoostRegressor
            {
                Rounds = rounds, LearningRate = 0.02, MaxDepth = 4, Subsample = 0.7, ColsampleByTree = 0.5, MinChildWeight = 2, Seed = seed, Threads = 1,
            })) { TrainingRows = Outliers },
            new ModelSpec("xgboost", Trees(), seed => Log(new XGBoostRegressor
            {
                Rounds = rounds, LearningRate = 0.02, MaxDepth = 4, Subsample = 0.7, ColsampleByTree = 0.5, MinChildWeight = 2, Seed = seed, Threads = 1,
            })),
        ])
        {
            Ensemble = EnsembleKind.Blend,
            Compare = [EnsembleKind.Average],
        };
    }

    /// <summary>Fits on log(price) and predicts prices.</summary>
    private static ILearner<IModel> Log<TModel>(ILearner<TModel> inner) where TModel : IRegressionModel =>
        new TargetTransformRegressor<TModel> { Inner = inner, Transform = TargetTransform.Log };

    /// <summary>Truly missing values imputed in-fold: LotFrontage by neighbourhood median, the rest by median or mode.</summary>
    private static FeaturePipeline Common() => new(
        new GroupMedianImputer("LotFrontage", "Neighborhood"),
        new DropColumns("Utilities"));

    /// <summary>For linear models: skew corrected, categories one-hot (rare levels grouped), all standardised.</summary>
    private static FeaturePipeline Linear() => Common()
        .Then(new SimpleImputer())
        .Then(new SkewCorrector { Method = SkewMethod.Log1p })
        .Then(new OneHotEncoder { MinCount = 5 })
        .Then(new StandardScaler());

    /// <summary>For trees: categories as integer codes, missing values left to the learner.</summary>
    private static FeaturePipeline Trees() => Common()
        .Then(new OrdinalEncoder());
}
