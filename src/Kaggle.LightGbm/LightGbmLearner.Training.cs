using Kaggle.Core;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.LightGbm.Native;

namespace Kaggle.LightGbm;

public abstract partial record LightGbmLearner
{
    /// <summary>A validation set for early stopping: features, targets and optional weights.</summary>
    private protected sealed record ValidationSet(Matrix X, double[] Y, double[]? Weights);

    /// <summary>
    /// Builds the data sets (holding out <see cref="ValidationFraction"/> for early stopping when no validation set is
    /// given) and trains. <paramref name="x"/> and <paramref name="y"/> are already checked by the caller.
    /// </summary>
    private protected FittedLightGbm Train(
        string objective, int classCount, Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, ValidationSet? validation, double? alpha = null)
    {
        LightGbmLibrary.EnsureLoaded();
        var parameters = ParameterString(objective, classCount, x.ColumnCount, alpha);
        double[]? weights = sampleWeight.IsEmpty ? null : sampleWeight.ToArray();
        var labels = y.ToArray();
        if (validation is null && EarlyStoppingRounds > 0)
        {
            var (trainRows, validRows) = HoldOut(x.RowCount);
            validation = new ValidationSet(x.Rows(validRows), Pick(labels, validRows), weights is null ? null : Pick(weights, validRows));
            x = x.Rows(trainRows);
            labels = Pick(labels, trainRows);
            weights = weights is null ? null : Pick(weights, trainRows);
        }

        // LightGBM bags floor(fraction × rows) rows and fails on an empty bag with an internal check message.
        if (RowSubsample < 1 && (int)(RowSubsample * x.RowCount) < 1)
            Throw.Argument($"RowSubsample {RowSubsample} of {x.RowCount} training rows bags no row; bagging needs at least {Math.Ceiling(1 / RowSubsample)} rows (or RowSubsample = 1).", "x");
        using var train = Dataset.FromMatrix(x, parameters);
        train.SetLabels(labels);
        if (weights is not null) train.SetWeights(weights);
        using var valid = validation is null ? null : Dataset.FromMatrix(validation.X, parameters, train);
        if (valid is not null)
        {
            valid.SetLabels(validation!.Y);
            if (validation.Weights is { } w) valid.SetWeights(w);
        }
        var width = classCount > 2 ? classCount : 1;
        var info = new FittedLightGbm.Info(x.ColumnCount, classCount, objective, Threads, RawScores: CustomObjective is not null);
        var loop = new LightGbmTraining(Rounds, EarlyStoppingRounds, Maximized(EvalMetric), CustomObjective, labels, weights, width);
        return loop.Run(train, valid, parameters, info);
    }

    /// <summary>Checks an evaluation set against the training set's shape.</summary>
    private protected static ValidationSet CheckedValidation(EvaluationSet evaluation, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(evaluation.X, "evaluation.X");
        ArgumentNullException.ThrowIfNull(evaluation.Y, "evaluation.Y");
        Guard.TrainingSet(evaluation.X, evaluation.Y, evaluation.SampleWeight);
        Guard.PredictionSet(evaluation.X, featureCount);
        return new ValidationSet(evaluation.X, evaluation.Y, evaluation.SampleWeight);
    }

    // LightGBM's own list (metrics whose bigger values are better); the first metric drives early stopping.
    private static bool Maximized(string? metric)
    {
        var first = metric?.Split(',')[0] ?? "";
        return first is "auc" or "average_precision" or "ndcg" or "map" or "auc_mu" || first.StartsWith("ndcg@", StringComparison.Ordinal)
            || first.StartsWith("map@", StringComparison.Ordinal);
    }

    /// <summary>A seeded random split (SplitMix64, never <see cref="Random"/>) into training and hold-out rows, each ascending.</summary>
    private (int[] Train, int[] Validation) HoldOut(int rowCount)
    {
        if (rowCount < 2)
            Throw.Argument($"Early stopping holds out rows for validation, which needs at least 2 rows; x has {rowCount} {(rowCount == 1 ? "row" : "rows")}.", "x");
        var holdOut = Math.Clamp((int)Math.Round(rowCount * ValidationFraction), 1, rowCount - 1);
        var order = Enumerable.Range(0, rowCount).ToArray();
        new SplitMix64(SplitMix64.Derive(Seed, 0x686F6C64)).Shuffle(order.AsSpan());
        var validation = order[..holdOut];
        var train = order[holdOut..];
        Array.Sort(validation);
        Array.Sort(train);
        return (train, validation);
    }

    private static double[] Pick(double[] values, int[] rows)
    {
        var picked = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) picked[i] = values[rows[i]];
        return picked;
    }
}
