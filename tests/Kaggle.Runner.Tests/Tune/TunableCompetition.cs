using Kaggle.Core.Features;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Validation;
using Kaggle.Runner.Tests.Runner;
using Kaggle.Tuning;
using Kaggle.Tuning.Space;

namespace Kaggle.Runner.Tests.Tune;

/// <summary>The tiny competition with a ridge regression whose alpha can be tuned.</summary>
internal sealed class TunableCompetition : Competition, IDisposable
{
    private readonly TinyCompetition _tiny = new(_ => new RidgeRegression());

    public TinyCompetition Tiny => _tiny;

    public override string ConfigPath => _tiny.ConfigPath;

    public override Experiment Build(BuildContext context) => _tiny.Build(context);

    public override IReadOnlyList<TunableModel> Tunables(BuildContext context) =>
    [
        new("ridge", new SearchSpace().LogUniform("alpha", 1e-3, 100),
            p => new ModelSpec("ridge", new FeaturePipeline(), _ => new RidgeRegression { Alpha = p.Double("alpha") })),
    ];

    public void Dispose() => _tiny.Dispose();
}
