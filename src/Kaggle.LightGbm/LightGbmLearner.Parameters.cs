using System.Globalization;
using Kaggle.LightGbm.Native;

namespace Kaggle.LightGbm;

public abstract partial record LightGbmLearner
{
    // Parameters this binding sets itself (by canonical name); ExtraParameters may not set them a second time.
    // LightGBM's largest num_leaves.
    private const int MaxLeavesLimit = 131072;

    private static readonly HashSet<string> s_typed = new(StringComparer.Ordinal)
    {
        "objective", "num_class", "metric", "num_iterations", "learning_rate", "num_leaves", "max_depth", "min_data_in_leaf",
        "min_sum_hessian_in_leaf", "lambda_l1", "lambda_l2", "min_gain_to_split", "feature_fraction", "bagging_fraction",
        "bagging_freq", "max_bin", "categorical_feature", "num_threads", "seed", "deterministic", "force_row_wise",
        "force_col_wise", "verbosity", "alpha", "early_stopping_round",
    };

    /// <summary>
    /// The LightGBM parameter string of this learner for <paramref name="objective"/> (<c>key=value</c> pairs separated by
    /// spaces, as LightGBM's C API takes them): typed properties first, then <see cref="ExtraParameters"/>.
    /// </summary>
    internal string ParameterString(string objective, int classCount, int featureCount, double? alpha = null)
    {
        Validate(featureCount);
        var parameters = new List<string>
        {
            $"objective={(CustomObjective is null ? objective : "custom")}",
            // Reproducible by construction: LightGBM's row-wise histograms with deterministic reductions.
            "deterministic=true",
            "force_row_wise=true",
            "verbosity=-1",
            $"num_iterations={Text(Rounds)}",
            $"learning_rate={Text(LearningRate)}",
            $"num_leaves={Text(MaxLeaves ?? MaxLeavesLimit)}",
            $"max_depth={Text(MaxDepth ?? -1)}",
            $"min_data_in_leaf={Text(MinChildSamples)}",
            $"min_sum_hessian_in_leaf={Text(MinChildWeight)}",
            $"lambda_l1={Text(L1Regularization)}",
            $"lambda_l2={Text(L2Regularization)}",
            $"min_gain_to_split={Text(MinSplitGain)}",
            $"feature_fraction={Text(ColumnSubsample)}",
            $"bagging_fraction={Text(RowSubsample)}",
            $"bagging_freq={(RowSubsample < 1 ? 1 : 0)}",
            $"max_bin={Text(MaxBins)}",
            $"num_threads={Text(Threads)}",
            $"seed={Text(Seed)}",
        };
        if (classCount > 2) parameters.Add($"num_class={Text(classCount)}");
        if (alpha is { } a) parameters.Add($"alpha={Text(a)}");
        if (EvalMetric is not null) parameters.Add($"metric={EvalMetric}");
        else if (CustomObjective is not null) parameters.Add("metric=None");
        if (CategoricalFeatures is { Count: > 0 } categorical)
            parameters.Add("categorical_feature=" + string.Join(",", categorical.Select(Text)));
        foreach (var (name, value) in Extra())
            parameters.Add($"{name}={value}");
        return string.Join(" ", parameters);
    }

    private void Validate(int featureCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Rounds, 1, nameof(Rounds));
        if (MaxLeaves is < 2 or > MaxLeavesLimit)
            throw new ArgumentOutOfRangeException(nameof(MaxLeaves), MaxLeaves, $"MaxLeaves must lie in 2..{MaxLeavesLimit} (or null for no limit).");
        if (MaxDepth is < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "MaxDepth must be at least 1 (or null for no limit).");
        ArgumentOutOfRangeException.ThrowIfNegative(MinChildSamples, nameof(MinChildSamples));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBins, 2, nameof(MaxBins));
        ArgumentOutOfRangeException.ThrowIfNegative(Threads, nameof(Threads));
        ArgumentOutOfRangeException.ThrowIfNegative(EarlyStoppingRounds, nameof(EarlyStoppingRounds));
        Positive(LearningRate, nameof(LearningRate));
        NonNegative(MinChildWeight, nameof(MinChildWeight));
        NonNegative(L1Regularization, nameof(L1Regularization));
        NonNegative(L2Regularization, nameof(L2Regularization));
        NonNegative(MinSplitGain, nameof(MinSplitGain));
        Fraction(ColumnSubsample, nameof(ColumnSubsample));
        Fraction(RowSubsample, nameof(RowSubsample));
        if (EarlyStoppingRounds > 0 && !(ValidationFraction > 0 && ValidationFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction, "ValidationFraction must lie strictly between 0 and 1.");
        if (EarlyStoppingRounds > 0 && CustomObjective is not null && EvalMetric is null)
            Throw.Argument("Early stopping with a CustomObjective needs an EvalMetric (LightGBM has no metric for a custom loss).", nameof(EvalMetric));
        if (EvalMetric is not null && (EvalMetric.Length == 0 || EvalMetric.Any(char.IsWhiteSpace)))
            Throw.Argument($"EvalMetric '{EvalMetric}' must be LightGBM metric names separated by commas, without spaces.", nameof(EvalMetric));
        foreach (var f in CategoricalFeatures ?? [])
            if (f < 0 || f >= featureCount)
                throw new ArgumentOutOfRangeException(nameof(CategoricalFeatures), f, $"Categorical feature index {f} is outside [0, {featureCount}).");
    }

    /// <summary>The name/value pairs of <see cref="ExtraParameters"/>, checked against LightGBM's names and the typed properties.</summary>
    private List<(string Name, string Value)> Extra()
    {
        ArgumentNullException.ThrowIfNull(ExtraParameters, nameof(ExtraParameters));
        var pairs = new List<(string, string)>();
        foreach (var token in ExtraParameters.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == token.Length - 1)
                Throw.Argument($"ExtraParameters holds '{token}'; each entry must be name=value (entries separated by spaces).", nameof(ExtraParameters));
            var name = token[..equals];
            var canonical = ParameterNames.Canonical(name);
            if (canonical is null)
                Throw.Argument($"ExtraParameters names '{name}', which LightGBM does not know (see https://lightgbm.readthedocs.io/en/v4.6.0/Parameters.html).", nameof(ExtraParameters));
            if (s_typed.Contains(canonical))
                Throw.Argument($"The LightGBM parameter '{name}' ({canonical}) is set by a typed property of {GetType().Name} (or by the binding itself); set it there instead of in ExtraParameters.", nameof(ExtraParameters));
            pairs.Add((name, token[(equals + 1)..]));
        }
        return pairs;
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number.");
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0.");
    }

    private static void Fraction(double value, string name)
    {
        if (!(value > 0 && value <= 1))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in (0, 1].");
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
