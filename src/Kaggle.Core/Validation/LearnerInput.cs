using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Core.Validation;

/// <summary>
/// The representation switch of cross-validation: a dense feature matrix goes to <see cref="ILearner{TModel}.Fit"/>,
/// a sparse one to <see cref="ISparseLearner{TModel}.Fit"/>, or, for a dense-only learner, is densified when the
/// <see cref="ModelSpec.Densify"/> allows it and otherwise refused with the matrix size. Predictions come back in the
/// same shape either way, so out-of-fold rows, scores and blends do not depend on the representation.
/// </summary>
internal static class LearnerInput
{
    public static IModel Fit(ModelSpec model, ILearner<IModel> learner, FeatureMatrix x, double[] y)
    {
        if (x.Sparse is null)
            return learner.Fit(x.Dense!, y);
        if (learner is ISparseLearner<IModel> sparse)
            return sparse.Fit(x.Sparse, y);
        return learner.Fit(Densified(model, learner.GetType().Name, x.Sparse), y);
    }

    public static Matrix Predict(ModelSpec model, IModel fitted, FeatureMatrix x)
    {
        if (x.Sparse is null)
            return fitted.PredictOutput(x.Dense!);
        if (fitted is ISparseClassificationModel or ISparseRegressionModel)
            return fitted.PredictOutput(x.Sparse);
        return fitted.PredictOutput(Densified(model, fitted.GetType().Name, x.Sparse));
    }

    private static Matrix Densified(ModelSpec model, string typeName, CsrMatrix x)
    {
        if (!model.Densify)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Model '{model.Name}' gets a sparse {x.RowCount}×{x.ColumnCount} matrix but {typeName} accepts only dense input; " +
                $"set ModelSpec.Densify = true to allow densifying (≈ {Math.Ceiling(x.DenseBytes / 1048576.0):0} MB), or use a learner that takes sparse input."));
        return x.ToDense();
    }
}
