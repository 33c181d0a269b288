using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Testing;

/// <summary>The model <see cref="ExpFeatures"/> fits: predicts its inner model on exp(x).</summary>
public sealed record ExpModel(IClassificationModel Inner) : IClassificationModel
{
    public int FeatureCount => Inner.FeatureCount;

    public int ClassCount => Inner.ClassCount;

    public void PredictProbabilities(Matrix x, Matrix destination) => Inner.PredictProbabilities(ExpFeatures.Exp(x), destination);
}
