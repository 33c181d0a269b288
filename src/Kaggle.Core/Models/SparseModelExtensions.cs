using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>Allocating conveniences over the sparse model interfaces, mirroring <see cref="ModelExtensions"/>.</summary>
public static class SparseModelExtensions
{
    public static Matrix PredictProbabilities(this ISparseClassificationModel model, CsrMatrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var result = new Matrix(x.RowCount, model.ClassCount);
        model.PredictProbabilities(x, result);
        return result;
    }

    public static double[] Predict(this ISparseRegressionModel model, CsrMatrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var result = new double[x.RowCount];
        model.Predict(x, result);
        return result;
    }

    /// <summary>
    /// The output shape of <see cref="ModelExtensions.PredictOutput"/> (one column for regression and binary
    /// classification, K for K &gt; 2 classes) from CSR input; the model must implement a sparse interface.
    /// </summary>
    public static Matrix PredictOutput(this IModel model, CsrMatrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        switch (model)
        {
            case ISparseClassificationModel classifier:
                return ModelExtensions.Output(classifier.PredictProbabilities(x));
            case ISparseRegressionModel regressor:
                return new Matrix(x.RowCount, 1, regressor.Predict(x));
            default:
                throw new ArgumentException($"{model.GetType().Name} does not predict from sparse input.", nameof(model));
        }
    }
}
