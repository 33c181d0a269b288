using Kaggle.Core.Data;
using Kaggle.Core.Models.Svm;

namespace Kaggle.Core.Tests.Models.Svm;

public sealed class KernelFunctionTests
{
    // 0, 1, under a Vector512, one batch ± 1, several batches with a short tail, and enough rows to use threads.
    public static TheoryData<int> Lengths => [0, 1, 7, 8, 9, 63, 64, 65, 200, 2100];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Column_Rbf_MatchesScalarEvaluate(int rows)
    {
        var x = Rows(Math.Max(rows, 1), seed: rows);
        var kernel = new KernelFunction(SvmKernel.Rbf, 0.05, 3, 0);
        var column = new double[x.RowCount];

        kernel.Column(x, 0, column, threads: 2);

        for (var i = 0; i < x.RowCount; i++)
        {
            var scalar = kernel.Evaluate(x.Row(0), x.Row(i));
            Assert.Equal(scalar, column[i], 1e-14 * scalar);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Column_ListedRows_FillsOnlyThoseAndMatchesFullColumn(int rows)
    {
        var x = Rows(Math.Max(rows, 1), seed: 10 + rows);
        var kernel = new KernelFunction(SvmKernel.Rbf, 0.05, 3, 0);
        var full = new double[x.RowCount];
        kernel.Column(x, 0, full, threads: 1);
        var listed = Enumerable.Range(0, x.RowCount).Where(i => i % 3 != 1).Reverse().ToArray();
        var partial = Enumerable.Repeat(double.NaN, x.RowCount).ToArray();

        kernel.Column(x, 0, listed, listed.Length, partial, threads: 2);

        for (var i = 0; i < x.RowCount; i++)
            if (i % 3 == 1) Assert.True(double.IsNaN(partial[i]));
            else Assert.Equal(full[i], partial[i]);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Values_OfAnOutsideRow_EqualTheColumnOfThatRow(int rows)
    {
        var x = Rows(Math.Max(rows, 1), seed: 20 + rows);
        var kernel = new KernelFunction(SvmKernel.Rbf, 0.05, 3, 0);
        var column = new double[x.RowCount];
        kernel.Column(x, 0, column, threads: 2);
        var values = new double[x.RowCount];

        kernel.Values(x.Row(0).ToArray(), x, values);

        Assert.Equal(column, values);
    }

    private static Matrix Rows(int rows, int seed)
    {
        var random = new SplitMix64(seed);
        var x = new Matrix(rows, 50);
        for (var k = 0; k < x.Values.Length; k++) x.Values[k] = (random.NextDouble() * 4) - 2;
        return x;
    }
}
