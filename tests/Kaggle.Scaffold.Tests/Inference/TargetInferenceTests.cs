using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Runner;
using Kaggle.Runner.Submission;
using Kaggle.Scaffold.Inference;

namespace Kaggle.Scaffold.Tests.Inference;

public sealed class TargetInferenceTests
{
    private static NumericColumn Numbers(params double[] values) => new("y", values);

    private static string[] Repeat(string value, int count) => [.. Enumerable.Repeat(value, count)];

    [Fact]
    public void Infer_ZeroOneTargetLabelSample_BinaryLabelsAccuracy()
    {
        var result = TargetInference.Infer(Numbers(0, 1, 1, 0, 1), Repeat("0", 3), null, "train.csv");

        Assert.Equal((TaskKind.Binary, SubmissionKind.Label, "accuracy"), (result.Task, result.SubmissionKind, result.Metric));
        Assert.Equal(["0", "1"], result.Labels);
    }

    [Fact]
    public void Infer_ZeroOneTargetHalfInSample_BinaryProbabilitiesAuc()
    {
        var result = TargetInference.Infer(Numbers(0, 1, 1, 0), Repeat("0.5", 3), null, "train.csv");

        Assert.Equal((TaskKind.Binary, SubmissionKind.Probability, "auc"), (result.Task, result.SubmissionKind, result.Metric));
    }

    [Fact]
    public void Infer_TwoTextLevels_BinaryWithSortedLabels()
    {
        var target = CategoricalColumn.FromStrings("y", ["yes", "no", "yes"]);

        var result = TargetInference.Infer(target, Repeat("no", 2), null, "train.csv");

        Assert.Equal(TaskKind.Binary, result.Task);
        Assert.Equal(["no", "yes"], result.Labels);
    }

    [Fact]
    public void Infer_TenDigits_MulticlassInNumericOrder()
    {
        var target = Numbers([.. Enumerable.Range(0, 50).Select(i => (double)((i * 7) % 10))]);

        var result = TargetInference.Infer(target, Repeat("0", 3), null, "train.csv");

        Assert.Equal((TaskKind.Multiclass, SubmissionKind.Label, "accuracy"), (result.Task, result.SubmissionKind, result.Metric));
        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => i.ToString(CultureInfo.InvariantCulture))], result.Labels);
    }

    [Fact]
    public void Infer_FewIntegersButFractionalSample_Regression()
    {
        var result = TargetInference.Infer(Numbers(1, 2, 3, 2, 1), Repeat("2.5", 2), null, "train.csv");

        Assert.Equal((TaskKind.Regression, "rmse"), (result.Task, result.Metric));
    }

    [Fact]
    public void Infer_ManyDistinctSymmetric_RegressionRmse()
    {
        var target = Numbers([.. Enumerable.Range(0, 100).Select(i => Math.Sin(i) * 10)]);

        var result = TargetInference.Infer(target, null, null, "train.csv");

        Assert.Equal((TaskKind.Regression, SubmissionKind.Value, "rmse"), (result.Task, result.SubmissionKind, result.Metric));
        Assert.Empty(result.Labels);
    }

    [Fact]
    public void Infer_PositiveRightSkewed_RegressionRmsle()
    {
        var target = Numbers([.. Enumerable.Range(0, 100).Select(i => Math.Exp(i / 10.0))]);

        var result = TargetInference.Infer(target, null, null, "train.csv");

        Assert.Equal("rmsle", result.Metric);
    }

    [Theory]
    [InlineData("logloss", "logloss", SubmissionKind.Probability)]
    [InlineData("ROC_AUC", "auc", SubmissionKind.Probability)]
    [InlineData("f1", "f1", SubmissionKind.Label)]
    public void Infer_MetricOverride_TakesItsCanonicalNameAndSubmissionKind(string metric, string expected, SubmissionKind kind)
    {
        var result = TargetInference.Infer(Numbers(0, 1, 0, 1), Repeat("0", 2), metric, "train.csv");

        Assert.Equal((expected, kind), (result.Metric, result.SubmissionKind));
    }

    [Theory]
    [InlineData("rmse", "does not fit a binary target")]
    [InlineData("kappa", "Unknown metric 'kappa'")]
    public void Infer_MetricOverrideThatCannotApply_ClearError(string metric, string expected)
    {
        var error = Assert.Throws<ScaffoldException>(() => TargetInference.Infer(Numbers(0, 1, 0, 1), null, metric, "train.csv"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_MissingTargetValues_ErrorCountsThem()
    {
        var error = Assert.Throws<ScaffoldException>(() => TargetInference.Infer(Numbers(0, double.NaN, 1, double.NaN), null, null, "train.csv"));

        Assert.Contains("missing in 2 of 4 rows", error.Message, StringComparison.Ordinal);
    }
}
