using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Targets;
using Kaggle.Core.Parameters;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// Stacking (Wolpert, 1992, https://en.wikipedia.org/wiki/Ensemble_learning#Stacking): a meta-learner trained on
/// the members' out-of-fold predictions only, one meta-feature per member and output (after <see cref="Inputs"/>),
/// predicting the target. The submitted meta-model is fitted on the repeat-averaged out-of-fold predictions of every
/// validated row and applied to the members' fold-averaged test predictions. Its score is nested, so it is honest:
/// for each fold of each repeat, a meta-model is fitted on that repeat's out-of-fold predictions of the other folds'
/// rows and predicts the fold's rows, never having seen them; <see cref="CrossValidationResult.OutOfFold"/> holds
/// these nested predictions (averaged over repeats), so a further level can use them too.
/// </summary>
/// <param name="Meta">The meta-learner: a regressor for regression, a classifier for classification targets.</param>
/// <param name="Name">The ensemble's name in tables and records.</param>
public sealed record Stack(ILearner<IModel> Meta, string Name = "stack") : INestedEnsemble
{
    /// <summary>
    /// A transform applied to every member prediction before the meta-learner (e.g. <see cref="TargetTransform.Log"/>
    /// for prices, so a linear meta-model combines log prices); <see langword="null"/> (default) uses them as they are.
    /// </summary>
    public TargetTransform? Inputs { get; init; }

    public EnsembleResult Combine(IReadOnlyList<CrossValidationResult> members, IMetric metric, ReadOnlySpan<double> y)
    {
        EnsembleScoring.CheckMembers(members);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(Meta);
        if (y.Length != members[0].OutOfFold.RowCount)
            throw new ArgumentException($"y has {y.Length} values but the members predicted {members[0].OutOfFold.RowCount} rows.", nameof(y));

        var validated = EnsembleScoring.ValidatedRows(members[0].OutOfFold);
        var model = FitOn(members.Select(m => m.OutOfFold).ToArray(), y, validated);
        var test = members[0].Test is null ? null : model.PredictOutput(Features(members.Select(m => m.Test!).ToArray(), null));
        var (nested, folds) = EnsembleScoring.Nested(members, metric, y, this);
        var result = EnsembleScoring.Result(Name, metric, y, members, nested, nested, test, folds, Describe(members, model));
        var linear = Linear(members, model);
        return new EnsembleResult(result, new EnsembleParameters(Name, "stack", EnsembleScoring.Names(members))
        {
            Meta = ParameterText.Of(Meta),
            MetaInputs = Inputs?.Name,
            Coefficients = linear?.Coefficients.ToArray(),
            Intercept = linear?.Intercept,
        });
    }

    public Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return FitOn(inputs.Predictions, inputs.Target, fitRows).PredictOutput(Features(inputs.Predictions, predictRows));
    }

    /// <summary>The meta-model as a linear model with one coefficient per member, or <see langword="null"/>.</summary>
    private static LinearModel? Linear(IReadOnlyList<CrossValidationResult> members, IModel model)
    {
        var linear = model as LinearModel ?? (model as TargetTransformModel<LinearModel>)?.Inner;
        return linear is not null && linear.FeatureCount == members.Count ? linear : null;
    }

    private IModel FitOn(IReadOnlyList<Matrix> predictions, ReadOnlySpan<double> y, int[] rows)
    {
        var ySubset = new double[rows.Length];
        for (var k = 0; k < rows.Length; k++) ySubset[k] = y[rows[k]];
        return Meta.Fit(Features(predictions, rows), ySubset);
    }

    /// <summary>Rows × (members · outputs) meta-features of <paramref name="rows"/> (all rows when null).</summary>
    private Matrix Features(IReadOnlyList<Matrix> predictions, int[]? rows)
    {
        var outputs = predictions[0].ColumnCount;
        var n = rows?.Length ?? predictions[0].RowCount;
        var features = new Matrix(n, predictions.Count * outputs);
        for (var i = 0; i < n; i++)
        {
            var source = rows is null ? i : rows[i];
            var target = features.Row(i);
            for (var m = 0; m < predictions.Count; m++)
                for (var c = 0; c < outputs; c++)
                {
                    var value = predictions[m][source, c];
                    target[(m * outputs) + c] = Inputs is null ? value : Inputs.Forward(value);
                }
        }
        return features;
    }

    private string Describe(IReadOnlyList<CrossValidationResult> members, IModel model)
    {
        var inputs = Inputs is null ? "" : $" on {Inputs.Name}(prediction)";
        if (Linear(members, model) is not { } linear) return $"{Meta}{inputs}";
        var terms = members.Select((m, k) => string.Create(CultureInfo.InvariantCulture, $"{m.Model}={linear.Coefficients[k]:F4}"));
        return string.Create(CultureInfo.InvariantCulture, $"{Meta}{inputs}: {string.Join(", ", terms)}, intercept={linear.Intercept:F4}");
    }
}
