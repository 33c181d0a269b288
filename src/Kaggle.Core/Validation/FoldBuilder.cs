namespace Kaggle.Core.Validation;

/// <summary>Turns a fold number per row into <see cref="Fold"/>s with sorted train and validation indices.</summary>
internal static class FoldBuilder
{
    /// <summary>Builds folds from the validation fold of each row (-1: a row that is never validated).</summary>
    public static Fold[] FromAssignment(ReadOnlySpan<int> assignment, int foldCount)
    {
        var validation = new List<int>[foldCount];
        for (var f = 0; f < foldCount; f++) validation[f] = [];
        for (var i = 0; i < assignment.Length; i++)
            if (assignment[i] >= 0) validation[assignment[i]].Add(i);
        var folds = new Fold[foldCount];
        for (var f = 0; f < foldCount; f++)
        {
            var train = new List<int>(assignment.Length);
            for (var i = 0; i < assignment.Length; i++)
                if (assignment[i] != f) train.Add(i);
            folds[f] = new Fold(f, [.. train], [.. validation[f]]);
        }
        return folds;
    }

    public static void CheckCounts(int rowCount, int foldCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(foldCount, 2);
        if (rowCount < foldCount)
            throw new ArgumentException($"{foldCount}-fold cross-validation needs at least {foldCount} rows but got {rowCount}.", nameof(rowCount));
    }
}
