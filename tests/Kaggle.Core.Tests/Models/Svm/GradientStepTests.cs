using Kaggle.Core.Models.Svm;

namespace Kaggle.Core.Tests.Models.Svm;

public sealed class GradientStepTests
{
    public static TheoryData<int> Lengths => [0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 100, 2001];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Apply_ThenScalarTail_EqualsScalarReferenceBitForBit(int length)
    {
        var random = new SplitMix64(length);
        double Next() => (random.NextDouble() * 2) - 1;
        var sign = Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.5 ? -1.0 : 1.0).ToArray();
        var (columnI, columnJ, start) = (Enumerable.Range(0, length).Select(_ => Next()).ToArray(), Enumerable.Range(0, length).Select(_ => Next()).ToArray(), Enumerable.Range(0, length).Select(_ => Next()).ToArray());
        var (signI, deltaI, signJ, deltaJ) = (-1.0, 0.37, 1.0, -1.9e-3);
        var reference = (double[])start.Clone();
        GradientStep.Scalar(reference, sign, columnI, columnJ, signI, deltaI, signJ, deltaJ);
        var vectorised = (double[])start.Clone();

        var done = GradientStep.Apply(vectorised, sign, columnI, columnJ, signI * deltaI, signJ * deltaJ);
        GradientStep.Scalar(vectorised.AsSpan(done), sign.AsSpan(done), columnI.AsSpan(done), columnJ.AsSpan(done), signI, deltaI, signJ, deltaJ);

        Assert.Equal(reference, vectorised);
    }
}
