using Kaggle.Core.Models.Trees;
using Kaggle.Runner;
using Kaggle.Tuning;
using Kaggle.Tuning.Space;

namespace HousePrices;

// The search space of the GBDT, beside the models it tunes: `dotnet cake --target=Tune --competition=<slug> --model=gbdt`.
public sealed partial class HousePricesCompetition
{
    /// <summary>
    /// The GBDT's search space: learning rate, depth, leaf size, L2, row and column subsampling, and the loss (the Huber
    /// threshold only when the loss is Huber). Rounds are fixed (800; 200 in a fast run) so trials cost alike and the
    /// learning rate absorbs the trade-off. Same features and log target as <c>gbdt</c> in <see cref="Build"/>.
    /// </summary>
    public override IReadOnlyList<TunableModel> Tunables(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rounds = context.Fast ? 200 : 800;
        var space = new SearchSpace()
            .LogUniform("learning_rate", 0.005, 0.3)
            .Int("max_depth", 2, 8)
            .Int("min_child_samples", 2, 64, log: true)
            .LogUniform("l2", 1e-3, 30)
            .Uniform("row_subsample", 0.4, 1.0)
            .Uniform("column_subsample", 0.1, 1.0)
            .Categorical("loss", "squared", "huber")
            .When("loss", ["huber"], huber => huber.LogUniform("huber_delta", 0.02, 1.0));
        return
        [
            new TunableModel("gbdt", space, p => Spec("gbdt", Trees(), seed => Log(new HistGradientBoostingRegressor
            {
                Rounds = rounds, LearningRate = p.Double("learning_rate"), MaxLeaves = null, MaxDepth = p.Int("max_depth"),
                MinChildSamples = p.Int("min_child_samples"), L2Regularization = p.Double("l2"), RowSubsample = p.Double("row_subsample"),
                ColumnSubsample = p.Double("column_subsample"),
                Loss = p.String("loss") == "huber" ? RegressionLoss.Huber : RegressionLoss.SquaredError,
                HuberDelta = p.Has("huber_delta") ? p.Double("huber_delta") : 1.0, Seed = seed, Threads = 1,
            }))),
        ];
    }
}
