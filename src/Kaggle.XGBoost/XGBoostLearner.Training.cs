using System.Globalization;
using Kaggle.Core;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.XGBoost.Native;

namespace Kaggle.XGBoost;

public abstract partial record XGBoostLearner
{
    // Names (and XGBoost aliases) the typed properties set; the extra parameters may not set them a second time.
    private static readonly HashSet<string> s_typed = new(StringComparer.OrdinalIgnoreCase)
    {
        "objective", "num_class", "eval_metric", "tree_method", "eta", "learning_rate", "max_depth", "max_leaves",
        "grow_policy", "subsample", "colsample_bytree", "lambda", "reg_lambda", "alpha", "reg_alpha", "min_child_weight",
        "max_bin", "nthread", "n_jobs", "seed", "random_state", "validate_parameters",
    };

    /// <summary>
    /// Validates, builds the DMatrices (holding out <see cref="ValidationFraction"/> for early stopping when no
    /// validation set is given) and trains. <paramref name="x"/> and <paramref name="y"/> are already checked by the caller.
    /// </summary>
    private protected FittedBooster Train(
        string objective, int classCount, Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, int[]? groupSizes, XGBoostDataSet? validation)
    {
        XGBoostLibrary.EnsureLoaded();
        var parameters = BoosterParameters(objective, classCount);
        if (validation is not null)
            CheckValidation(validation, x.ColumnCount);
        else if (EarlyStoppingRounds > 0)
        {
            if (groupSizes is not null)
                Throw.Argument("Early stopping with query groups needs a validation set with its own groups; pass one to Fit(training, validation).", nameof(validation));
            var (trainRows, validRows) = HoldOut(x.RowCount);
            validation = new XGBoostDataSet(x.Rows(validRows), Pick(y, validRows)) { SampleWeight = sampleWeight.IsEmpty ? null : Pick(sampleWeight, validRows) };
            x = x.Rows(trainRows);
            y = Pick(y, trainRows);
            sampleWeight = sampleWeight.IsEmpty ? default : Pick(sampleWeight, trainRows);
        }

        using var train = DMatrix.FromMatrix(x, Threads);
        train.SetLabels(y);
        if (!sampleWeight.IsEmpty) train.SetWeights(sampleWeight);
        if (groupSizes is not null) train.SetGroups(groupSizes);
        using var valid = validation is null ? null : ValidationMatrix(validation);
        var info = new FittedBooster.Info(x.ColumnCount, classCount, objective, Threads);
        return BoosterTraining.Run(parameters, train, valid, Rounds, EarlyStoppingRounds, info);
    }

    /// <summary>The XGBoost parameters of this learner, in the order they are set: typed ones, then the extra ones by name.</summary>
    internal List<KeyValuePair<string, string>> BoosterParameters(string objective, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Rounds, 1, nameof(Rounds));
        ArgumentOutOfRangeException.ThrowIfNegative(Threads, nameof(Threads));
        ArgumentOutOfRangeException.ThrowIfNegative(EarlyStoppingRounds, nameof(EarlyStoppingRounds));
        if (EarlyStoppingRounds > 0 && !(ValidationFraction > 0 && ValidationFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction, "ValidationFraction must lie strictly between 0 and 1.");
        ArgumentNullException.ThrowIfNull(Parameters, nameof(Parameters));

        var parameters = new List<KeyValuePair<string, string>>
        {
            // As the python binding does: makes XGBoost report parameters no component uses (caught in BoosterTraining).
            new("validate_parameters", "1"),
            new("objective", objective),
        };
        if (classCount > 2) parameters.Add(new("num_class", Text(classCount)));
        if (EvalMetric is not null) parameters.Add(new("eval_metric", EvalMetric));
        parameters.Add(new("tree_method", TreeMethod switch
        {
            XGBoostTreeMethod.Hist => "hist",
            XGBoostTreeMethod.Approx => "approx",
            XGBoostTreeMethod.Exact => "exact",
            _ => throw new ArgumentOutOfRangeException(nameof(TreeMethod), TreeMethod, "Unknown tree method."),
        }));
        parameters.Add(new("eta", Text(LearningRate)));
        parameters.Add(new("max_depth", Text(MaxDepth ?? 0)));
        parameters.Add(new("max_leaves", Text(MaxLeaves ?? 0)));
        parameters.Add(new("grow_policy", GrowPolicy switch
        {
            XGBoostGrowPolicy.DepthWise => "depthwise",
            XGBoostGrowPolicy.LossGuide => "lossguide",
            _ => throw new ArgumentOutOfRangeException(nameof(GrowPolicy), GrowPolicy, "Unknown grow policy."),
        }));
        parameters.Add(new("subsample", Text(RowSubsample)));
        parameters.Add(new("colsample_bytree", Text(ColumnSubsample)));
        parameters.Add(new("lambda", Text(L2Regularization)));
        parameters.Add(new("alpha", Text(L1Regularization)));
        parameters.Add(new("min_child_weight", Text(MinChildWeight)));
        if (TreeMethod != XGBoostTreeMethod.Exact) parameters.Add(new("max_bin", Text(MaxBins)));
        parameters.Add(new("nthread", Text(Threads)));
        parameters.Add(new("seed", Text(Seed)));
        foreach (var (name, value) in Parameters)
        {
            if (s_typed.Contains(name))
                Throw.Argument($"The XGBoost parameter '{name}' is set by a typed property of {GetType().Name} (or by the learner itself); set it there instead of in Parameters.", nameof(Parameters));
            parameters.Add(new(name, value));
        }
        return parameters;
    }

    /// <summary>The cross-validation evaluation set as XGBoost's validation set.</summary>
    private protected static XGBoostDataSet Watched(EvaluationSet evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new XGBoostDataSet(evaluation.X, evaluation.Y) { SampleWeight = evaluation.SampleWeight };
    }

    private static void CheckValidation(XGBoostDataSet validation, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(validation.X, "validation.X");
        ArgumentNullException.ThrowIfNull(validation.Y, "validation.Y");
        Guard.TrainingSet(validation.X, validation.Y, validation.SampleWeight);
        if (validation.X.ColumnCount != featureCount)
            Throw.Argument($"The validation set has {validation.X.ColumnCount} columns but the training set has {featureCount}.", nameof(validation));
    }

    private DMatrix ValidationMatrix(XGBoostDataSet validation)
    {
        var valid = DMatrix.FromMatrix(validation.X, Threads, "validation.X");
        try
        {
            valid.SetLabels(validation.Y);
            if (validation.SampleWeight is { } weights) valid.SetWeights(weights);
            if (validation.GroupSizes is { } groups) valid.SetGroups(groups);
            return valid;
        }
        catch
        {
            valid.Dispose();
            throw;
        }
    }

    /// <summary>A seeded random split into training and hold-out rows, each in ascending order.</summary>
    private (int[] Train, int[] Validation) HoldOut(int rowCount)
    {
        if (rowCount < 2)
            Throw.Argument($"Early stopping holds out rows for validation, which needs at least 2 rows; got {rowCount}.", "x");
        var holdOut = Math.Clamp((int)Math.Round(rowCount * ValidationFraction), 1, rowCount - 1);
        var order = Enumerable.Range(0, rowCount).ToArray();
        new SplitMix64(Seed).Shuffle(order.AsSpan());
        var validation = order[..holdOut];
        var train = order[holdOut..];
        Array.Sort(validation);
        Array.Sort(train);
        return (train, validation);
    }

    private static double[] Pick(ReadOnlySpan<double> values, int[] rows)
    {
        var picked = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) picked[i] = values[rows[i]];
        return picked;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
