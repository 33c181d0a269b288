using Kaggle.Core.Models.Bayes;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Bayes;

public sealed class BayesLearnerConformanceTests
{
    public static LearnerCase[] Cases() =>
    [
        new LearnerCase("GaussianNaiveBayes binary", LearnerTask.Binary, _ => new GaussianNaiveBayes(),
            RoundTrip: LearnerCase.Persist<GaussianNaiveBayesModel>),
        new LearnerCase("GaussianNaiveBayes multiclass", LearnerTask.Multiclass, _ => new GaussianNaiveBayes(),
            RoundTrip: LearnerCase.Persist<GaussianNaiveBayesModel>),
        new LearnerCase("BernoulliNaiveBayes binary", LearnerTask.Binary, _ => new BernoulliNaiveBayes(),
            RoundTrip: LearnerCase.Persist<BernoulliNaiveBayesModel>),
        new LearnerCase("BernoulliNaiveBayes multiclass", LearnerTask.Multiclass, _ => new BernoulliNaiveBayes { Binarize = 0.5 },
            RoundTrip: LearnerCase.Persist<BernoulliNaiveBayesModel>),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(Cases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(Cases(), learner, check);
}
