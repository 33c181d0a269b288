namespace Kaggle.Core.Validation;

/// <summary>
/// One train/validation split that validates on the training rows most like the test rows: the share
/// <see cref="Fraction"/> with the highest <see cref="TestLikeness"/> (an adversarial classifier's out-of-fold
/// probability of being a test row, <see cref="AdversarialValidation.Run"/>), ties broken by row order. The score then
/// describes rows like those the leaderboard judges. The split depends on the features only, never on the target, and
/// it is the same for every seed (the learners' seeds still vary with the repeats).
/// </summary>
public sealed record AdversarialHoldout(IReadOnlyList<double> TestLikeness, double Fraction) : IFoldSplitter
{
    public int FoldCount => 1;

    public IReadOnlyList<Fold> Split(int rowCount, ReadOnlySpan<double> y = default, ReadOnlySpan<int> groups = default)
    {
        if (rowCount != TestLikeness.Count)
            throw new ArgumentException($"The adversarial hold-out scored {TestLikeness.Count} rows but {rowCount} are split.", nameof(rowCount));
        if (Fraction is not (> 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(rowCount), Fraction, "The adversarial hold-out's fraction must be above 0 and below 1.");
        var count = Math.Clamp((int)Math.Round(Fraction * rowCount), 1, rowCount - 1);
        var order = Enumerable.Range(0, rowCount).OrderByDescending(i => TestLikeness[i]).ThenBy(i => i).ToArray();
        var validation = order[..count];
        Array.Sort(validation);
        var isValidation = new bool[rowCount];
        foreach (var row in validation) isValidation[row] = true;
        var train = Enumerable.Range(0, rowCount).Where(i => !isValidation[i]).ToArray();
        return [new Fold(0, train, validation)];
    }

    public IFoldSplitter WithSeed(int seed) => this;
}
