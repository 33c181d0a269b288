using Kaggle.Core.Data;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Ensembles;

/// <summary>Hand-made cross-validation results for ensemble tests: one output column, given folds.</summary>
internal static class EnsembleMembers
{
    public static CrossValidationResult Member(string name, double[] oof, int[] assignment, double[]? test = null, string metric = "rmse") => new()
    {
        Model = name,
        Metric = metric,
        HigherIsBetter = false,
        OutOfFold = new Matrix(oof.Length, 1, oof),
        Test = test is null ? null : new Matrix(test.Length, 1, test),
        Folds = [new FoldResult(0, 0, 0, 0, 0, 0, 0)],
        Assignments = [assignment],
        OutOfFoldScore = 0,
    };

    /// <summary>Rows dealt round-robin into <paramref name="folds"/> folds.</summary>
    public static int[] RoundRobin(int rows, int folds) => Enumerable.Range(0, rows).Select(i => i % folds).ToArray();
}
