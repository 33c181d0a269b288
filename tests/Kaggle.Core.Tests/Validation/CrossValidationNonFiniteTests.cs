using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

/// <summary>
/// ±Infinity made by a feature step is refused before any learner sees it, naming the model, the column after the feature
/// steps and the row of the frame given to cross-validation. Unshuffled 3-fold over 30 rows: fold 0 validates rows 0–9.
/// </summary>
public sealed class CrossValidationNonFiniteTests
{
    private static readonly CrossValidation Cv = new(new KFold(3, Shuffle: false), new Rmse());

    // x = 1, 2, 3, … except a 0 at zeroRow (none when negative).
    private static Frame Numbers(int rows, int zeroRow) =>
        new(new NumericColumn("x", [.. Enumerable.Range(0, rows).Select(i => i == zeroRow ? 0.0 : i + 1)]));

    private static double[] Target() => [.. Enumerable.Range(0, 30).Select(i => (double)i)];

    private static ModelSpec LogModel() =>
        new("logged", new FeaturePipeline(new Derive("LogX", r => Math.Log(r.Number("x")))), _ => new LinearRegression());

    // Block 'Block' with features a = x and b = 1/x, after column x: matrix column 2 is feature b.
    private static ModelSpec SparseModel() =>
        new("sparse", new FeaturePipeline(new Derive(frame =>
        {
            var x = frame.Numeric("x");
            var builder = new CsrBuilder(2);
            for (var i = 0; i < frame.RowCount; i++)
            {
                builder.Add(0, x[i]);
                builder.Add(1, 1 / x[i]);
                builder.EndRow();
            }
            return new SparseBlockColumn("Block", builder.Build(), ["a", "b"]);
        })), _ => new LinearRegression()) { Densify = true };

    [Fact]
    public void Run_DerivedLogOfZeroInTrainingRow_NamesModelColumnAndRow()
    {
        var error = Assert.Throws<NonFiniteFeatureException>(() => Cv.Run(LogModel(), Numbers(30, zeroRow: 17), Target()));

        Assert.Equal(("logged", "column 'LogX'", FoldRows.Training, 17, double.NegativeInfinity),
            (error.Model, error.Column, error.Rows, error.Row, error.Value));
        Assert.Contains("Model 'logged': feature column 'LogX' is -Infinity in training row 17 (0-based, after the competition's row filter)", error.Message, StringComparison.Ordinal);
        Assert.Contains("guard the derivation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DerivedLogOfZeroInValidationRow_GivesTheRowOfTheFrame()
    {
        var error = Assert.Throws<NonFiniteFeatureException>(() => Cv.Run(LogModel(), Numbers(30, zeroRow: 3), Target()));

        Assert.Equal((FoldRows.Validation, 3), (error.Rows, error.Row));
    }

    [Fact]
    public void Run_DerivedLogOfZeroInTestRow_NamesTheTestRow()
    {
        var error = Assert.Throws<NonFiniteFeatureException>(() => Cv.Run(LogModel(), Numbers(30, -1), Target(), Numbers(4, zeroRow: 2)));

        Assert.Equal((FoldRows.Test, 2, "column 'LogX'"), (error.Rows, error.Row, error.Column));
        Assert.Contains("test row 2 (0-based)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SparseBlockDivisionByZeroInTrainingRow_NamesBlockAndFeature()
    {
        var error = Assert.Throws<NonFiniteFeatureException>(() => Cv.Run(SparseModel(), Numbers(30, zeroRow: 25), Target()));

        Assert.Equal(("'b' (index 1) of sparse block 'Block'", FoldRows.Training, 25, double.PositiveInfinity),
            (error.Column, error.Rows, error.Row, error.Value));
    }

    [Fact]
    public void Run_SparseBlockDivisionByZeroInTestRow_NamesTheTestRow()
    {
        var error = Assert.Throws<NonFiniteFeatureException>(() => Cv.Run(SparseModel(), Numbers(30, -1), Target(), Numbers(5, zeroRow: 4)));

        Assert.Equal(("'b' (index 1) of sparse block 'Block'", FoldRows.Test, 4), (error.Column, error.Rows, error.Row));
    }

    [Fact]
    public void Run_NaNFeature_IsNotReportedAsInfinite()
    {
        var model = new ModelSpec("nan", new FeaturePipeline(new Derive("Gap", r => r.Number("x") == 5 ? double.NaN : 1.0)), _ => new LinearRegression());

        var error = Record.Exception(() => Cv.Run(model, Numbers(30, -1), Target()));

        Assert.False(error is NonFiniteFeatureException, error?.Message);
    }
}
