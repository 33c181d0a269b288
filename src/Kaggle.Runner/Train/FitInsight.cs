using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Trees;

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

    /// <summary>
    /// The validation metric after each boosting round and its name, or null when the model watched no validation set:
    /// our GBDT's log-loss, or the first metric of XGBoost's and LightGBM's models (their <c>ValidationScores</c>; the
    /// runner references only Core, so those are read by that name).
    /// </summary>
    public static (string Metric, IReadOnlyList<double> Values)? ValidationCurve(IModel model)
    {
        var inner = Unwrap(model);
        return inner switch
        {
            HistGradientBoostingClassificationModel { ValidationLoss.Count: > 0 } c => ("validation log-loss", c.ValidationLoss),
            HistGradientBoostingRegressionModel { ValidationLoss.Count: > 0 } r => ("validation loss", r.ValidationLoss),
            _ => inner.GetType().GetProperty("ValidationScores")?.GetValue(inner) is IReadOnlyList<double> { Count: > 0 } scores
                ? ("validation metric", scores)
                : null,
        };
    }

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

    // Wrappers such as TargetTransformModel<TModel> expose the fitted model they wrap as Inner; the type is generic,
    // so it is found by name rather than by a closed type test.
    private static IModel Unwrap(IModel model)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            if (model.GetType().GetProperty("Inner")?.GetValue(model) is not IModel inner) break;
            model = inner;
        }
        return model;
    }
}
