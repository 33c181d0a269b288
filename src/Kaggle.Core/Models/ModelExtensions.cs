using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>Allocating conveniences over the span-based model interfaces.</summary>
public static class ModelExtensions
{
    public static double[] Predict(this IRegressionModel model, Matrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var result = new double[x.RowCount];
        model.Predict(x, result);
        return result;
    }

    public static Matrix PredictProbabilities(this IClassificationModel model, Matrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var result = new Matrix(x.RowCount, model.ClassCount);
        model.PredictProbabilities(x, result);
        return result;
    }

    /// <summary>The most probable class per row (the lowest index wins ties).</summary>
    public static int[] PredictLabels(this IClassificationModel model, Matrix x)
    {
        var probabilities = model.PredictProbabilities(x);
        var labels = new int[x.RowCount];
        for (var i = 0; i < labels.Length; i++)
        {
            var row = probabilities.Row(i);
            var best = 0;
            for (var k = 1; k < row.Length; k++)
                if (row[k] > row[best]) best = k;
            labels[i] = best;
        }
        return labels;
    }

    /// <summary>
    /// The model's output in the shape the validation and ensembling code uses: one column for regression and for
    /// binary classification (the probability of class 1), <c>K</c> columns of probabilities for K &gt; 2 classes.
    /// </summary>
    public static Matrix PredictOutput(this IModel model, Matrix x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        switch (model)
        {
            case IClassificationModel classifier:
                return Output(classifier.PredictProbabilities(x));
            case IRegressionModel regressor:
                return new Matrix(x.RowCount, 1, regressor.Predict(x));
            default:
                throw new ArgumentException($"{model.GetType().Name} is neither a regression nor a classification model.", nameof(model));
        }
    }

    /// <summary>Class probabilities in the output shape: the class-1 column when there are two classes, all of them otherwise.</summary>
    internal static Matrix Output(Matrix probabilities)
    {
        if (probabilities.ColumnCount != 2)
            return probabilities;
        var positive = new Matrix(probabilities.RowCount, 1);
        for (var i = 0; i < probabilities.RowCount; i++)
            positive[i, 0] = probabilities[i, 1];
        return positive;
    }
}
