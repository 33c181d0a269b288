namespace Kaggle.Core.Metrics;

/// <summary>True positives, false positives and false negatives of class 1, and the F1 they give.</summary>
public readonly record struct F1Counts(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary><c>2 TP / (2 TP + FP + FN)</c>; 0 when that denominator is 0 (sklearn's <c>zero_division=0</c>).</summary>
    public double F1
    {
        get
        {
            var denominator = (2 * TruePositives) + FalsePositives + FalseNegatives;
            return denominator == 0 ? 0 : 2.0 * TruePositives / denominator;
        }
    }

    public static F1Counts operator +(F1Counts a, F1Counts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Counts of <paramref name="predicted"/> against <paramref name="actual"/> (both 0/1).</summary>
    public static F1Counts Of(ReadOnlySpan<byte> actual, ReadOnlySpan<byte> predicted)
    {
        long tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            if (predicted[i] == 1 && actual[i] == 1) tp++;
            else if (predicted[i] == 1) fp++;
            else if (actual[i] == 1) fn++;
        }
        return new F1Counts(tp, fp, fn);
    }
}
