using Kaggle.Autograd.Models.Text;
using Kaggle.Testing;

namespace Kaggle.Autograd.Tests.Models.Text;

/// <summary>
/// The learner contract for the bag-of-tokens network: it reads its input as token counts, so it sees exp(x) of the
/// synthetic conformance features (non-negative, like the counts of a vectorizer).
/// </summary>
public sealed class FastTextConformanceTests
{
    // A small embedding and a few epochs keep each check to a fraction of a second; the higher rate makes up for it.
    public static LearnerCase[] Cases() =>
    [
        new LearnerCase("FastTextClassifier binary on exp(x)", LearnerTask.Binary,
            seed => new ExpFeatures(new FastTextClassifier { Dimension = 8, Epochs = 8, LearningRate = 0.03, Seed = seed }),
            RoundTrip: ExpFeatures.Persist<FastTextClassificationModel>),
        new LearnerCase("FastTextClassifier multiclass, hidden layer, on exp(x)", LearnerTask.Multiclass,
            seed => new ExpFeatures(new FastTextClassifier { Dimension = 8, Hidden = 8, Epochs = 8, LearningRate = 0.03, Seed = seed }),
            RoundTrip: ExpFeatures.Persist<FastTextClassificationModel>),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(Cases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(Cases(), learner, check);
}
