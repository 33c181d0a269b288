using Kaggle.Core.Features;
using Kaggle.Core.Models;

namespace Kaggle.Core.Validation;

/// <summary>
/// One model of a competition pipeline: a name, the feature steps that turn the raw frame into numbers (fitted
/// inside each fold), and the learner to fit, built for a seed so repeated cross-validation can vary it.
/// </summary>
public sealed record ModelSpec(string Name, IFeatureStep Features, Func<int, ILearner<IModel>> Learner)
{
    /// <summary>The learner's hyper-parameters and the feature steps as text (records print their properties), for run records.</summary>
    public string Describe(int seed) => $"{Learner(seed)} | features: {Features}";
}
