using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Testing;

/// <summary>
/// Fits and predicts its learner on exp(x): the synthetic conformance features made positive, for learners that need
/// non-negative input (naive Bayes counts, NB-SVM, bag-of-token networks).
/// </summary>
public sealed record ExpFeatures(ILearner<IClassificationModel> Inner) : ILearner<ExpModel>
{
    public ExpModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        ArgumentNullException.ThrowIfNull(x);
        return new ExpModel(Inner.Fit(Exp(x), y, sampleWeight));
    }

    public static IModel Persist<TModel>(IModel model) where TModel : IClassificationModel, IPersistable<TModel> =>
        new ExpModel((IClassificationModel)LearnerCase.Persist<TModel>(((ExpModel)model).Inner));

    public static Matrix Exp(Matrix x)
    {
        var result = x.Clone();
        for (var k = 0; k < result.Values.Length; k++) result.Values[k] = Math.Exp(result.Values[k]);
        return result;
    }
}
