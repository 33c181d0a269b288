using Kaggle.Core.Features;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Validation;
using Kaggle.Tuning.Space;

namespace Kaggle.Tuning.Tests;

public sealed class TunableModelTests
{
    private static readonly TunableModel s_ridge = new("ridge", new SearchSpace().LogUniform("alpha", 1e-3, 10),
        p => new ModelSpec("ridge", new FeaturePipeline(), _ => new RidgeRegression { Alpha = p.Double("alpha") }));

    [Fact]
    public void Spec_AdoptedTrial_RunRecordParametersNameTheStudyAndTrial()
    {
        var adopted = new TrialParameters("ridge-tpe", 17, new Dictionary<string, object> { ["alpha"] = 0.25 });

        var described = s_ridge.Spec(adopted).Describe(seed: 42);

        Assert.Contains("Alpha = 0.25", described, StringComparison.Ordinal);
        Assert.EndsWith(" | tuned: study ridge-tpe trial 17", described, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UntunedSpec_SaysNothingAboutTuning() =>
        Assert.DoesNotContain("tuned", s_ridge.Build(new TrialParameters("s", 0, new Dictionary<string, object> { ["alpha"] = 1.0 })).Describe(1), StringComparison.Ordinal);
}
