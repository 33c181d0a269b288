using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Trees;

/// <summary>Checks and data plumbing shared by the histogram gradient boosting learners.</summary>
internal static class BoostingSetup
{
    public static void Check(BoostingOptions o, IReadOnlyList<int>? categoricalFeatures, int featureCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(o.Rounds, 1, "Rounds");
        if (!(o.LearningRate > 0) || double.IsInfinity(o.LearningRate))
            throw new ArgumentOutOfRangeException("LearningRate", o.LearningRate, "LearningRate must be a positive finite number.");
        if (o.MaxLeaves < 2)
            throw new ArgumentOutOfRangeException("MaxLeaves", o.MaxLeaves, "MaxLeaves must be at least 2 (or null for no limit).");
        if (o.MaxDepth < 1)
            throw new ArgumentOutOfRangeException("MaxDepth", o.MaxDepth, "MaxDepth must be at least 1 (or null for no limit).");
        ArgumentOutOfRangeException.ThrowIfNegative(o.MinChildSamples, "MinChildSamples");
        NonNegative(o.MinChildWeight, "MinChildWeight");
        NonNegative(o.L2Regularization, "L2Regularization");
        NonNegative(o.MinSplitGain, "MinSplitGain");
        Fraction(o.RowSubsample, "RowSubsample");
        Fraction(o.ColumnSubsample, "ColumnSubsample");
        TreeFitting.CheckBins(o.MaxBins);
        ArgumentOutOfRangeException.ThrowIfLessThan(o.MaxCategoriesInSplit, 1, "MaxCategoriesInSplit");
        NonNegative(o.CategoricalSmoothing, "CategoricalSmoothing");
        NonNegative(o.CategoricalL2, "CategoricalL2");
        ArgumentOutOfRangeException.ThrowIfNegative(o.EarlyStoppingRounds, "EarlyStoppingRounds");
        if (!(o.ValidationFraction >= 0 && o.ValidationFraction < 1))
            throw new ArgumentOutOfRangeException("ValidationFraction", o.ValidationFraction, "ValidationFraction must lie in [0, 1).");
        foreach (var f in categoricalFeatures ?? [])
            if (f < 0 || f >= featureCount)
                throw new ArgumentOutOfRangeException("CategoricalFeatures", f, $"Categorical feature index {f} is outside [0, {featureCount}).");
    }

    /// <summary>Flags for <paramref name="featureCount"/> features, true at the listed indices.</summary>
    public static bool[] CategoricalFlags(IReadOnlyList<int>? categoricalFeatures, int featureCount)
    {
        var flags = new bool[featureCount];
        foreach (var f in categoricalFeatures ?? []) flags[f] = true;
        return flags;
    }

    /// <summary>The evaluation set's rows and targets, checked against a training matrix of <paramref name="featureCount"/> columns.</summary>
    public static (Matrix X, double[] Y) CheckEvaluation(EvaluationSet evaluation, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        Guard.TrainingSet(evaluation.X, evaluation.Y, evaluation.SampleWeight);
        Guard.PredictionSet(evaluation.X, featureCount);
        return (evaluation.X, evaluation.Y);
    }

    /// <summary>Null means unlimited leaves or depth.</summary>
    public static int Unlimited(int? value) => value ?? int.MaxValue;

    /// <summary>
    /// Splits off a seeded random <paramref name="fraction"/> of the rows as the early-stopping validation set
    /// (at least one row on each side), returning the training part and the validation part.
    /// </summary>
    public static (Matrix X, double[] Y, double[] W, Booster.Validation Validation) Holdout(Matrix x, double[] y, double[] w, double fraction, long seed)
    {
        var n = x.RowCount;
        if (n < 2) throw new ArgumentException("A validation fraction needs at least 2 training rows.", nameof(x));
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        new SplitMix64(SplitMix64.Derive(seed ^ 0x686F_6C64, 0)).Shuffle(order.AsSpan());
        var validCount = Math.Clamp((int)Math.Round(fraction * n), 1, n - 1);
        var valid = order[..validCount];
        var train = order[validCount..];
        Array.Sort(valid);
        Array.Sort(train);
        return (x.Rows(train), Pick(y, train), Pick(w, train), new Booster.Validation(x.Rows(valid), Pick(y, valid), Pick(w, valid)));
    }

    /// <summary>Per-row weights: sample weights (or ones) times the weight of each row's class when <paramref name="classWeights"/> is given.</summary>
    public static double[] Weights(ReadOnlySpan<double> sampleWeight, ReadOnlySpan<double> y, IReadOnlyList<double>? classWeights, int classCount)
    {
        var w = TreeFitting.Weights(sampleWeight, y.Length);
        if (classWeights is null) return w;
        if (classWeights.Count != classCount)
            throw new ArgumentException($"ClassWeights has {classWeights.Count} values but y has {classCount} classes.", nameof(classWeights));
        foreach (var c in classWeights)
            if (!double.IsFinite(c) || c < 0)
                throw new ArgumentException($"ClassWeights holds {c}; class weights must be finite and non-negative.", nameof(classWeights));
        for (var i = 0; i < w.Length; i++) w[i] *= classWeights[(int)y[i]];
        if (w.Sum() <= 0) throw new ArgumentException("ClassWeights leave every row with zero weight.", nameof(classWeights));
        return w;
    }

    private static double[] Pick(double[] values, int[] rows)
    {
        var result = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) result[i] = values[rows[i]];
        return result;
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
}
