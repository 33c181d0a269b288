using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Runner.Train;

/// <summary>
/// Reads what a fitted model exposes about itself: per-feature importance (<see cref="IFeatureImportance"/>: gain for
/// trees and boosters) or coefficients (linear models), and a booster's validation metric per round.
/// </summary>
internal static class FitInsight
{
    /// <summary>The kind ("gain", "coefficient", "mean |coefficient|") and one value per feature, or null when the model exposes none.</summary>
    public static (string Kind, double[] Values)? Importance(IModel model)
    {
        switch (Unwrap(model))
        {
            case IFeatureImportance trees:
                return ("gain", trees.FeatureImportances());
            case LinearModel linear:
                return ("coefficient", linear.Coefficients.ToArray());
            case LogisticRegressionModel logistic:
                return Coefficients(logistic.Coefficients, logistic.FeatureCount);
            case LinearSvcModel svc:
                return Coefficients(svc.Coefficients, svc.FeatureCount);
            default:
                return null;
        }
    }

    /// <summary>The validation metric after each boosting round and its name, or null when the model watched no validation set.</summary>
    public static (string Metric, IReadOnlyList<double> Values)? ValidationCurve(IModel model) =>
        Unwrap(model) is IValidationCurve { ValidationScores.Count: > 0 } curve ? (curve.ValidationMetric, curve.ValidationScores) : null;

    // One coefficient row (two classes) is signed; several rows (one per class) are summarised by mean magnitude.
    private static (string, double[]) Coefficients(ReadOnlySpan<double> coefficients, int features)
    {
        if (coefficients.Length == features) return ("coefficient", coefficients.ToArray());
        var rows = coefficients.Length / features;
        var mean = new double[features];
        for (var r = 0; r < rows; r++)
            for (var j = 0; j < features; j++) mean[j] += Math.Abs(coefficients[r * features + j]) / rows;
        return ("mean |coefficient|", mean);
    }

    // A wrapper (a target transform) knows nothing of its own: what it wraps does.
    private static IModel Unwrap(IModel model)
    {
        while (model is IModelWrapper wrapper) model = wrapper.Inner;
        return model;
    }
}
