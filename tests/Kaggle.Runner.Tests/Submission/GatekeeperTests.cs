using Kaggle.Core.Data;
using Kaggle.Runner.Submission;

namespace Kaggle.Runner.Tests.Submission;

public sealed class GatekeeperTests
{
    private static readonly SubmissionSpec s_labels = new(["Id"], ["Label"], SubmissionKind.Label) { Labels = ["0", "1"] };

    private static Frame Csv(string[] ids, string?[] values, string idName = "Id", string valueName = "Label") =>
        new(new TextColumn(idName, ids), new TextColumn(valueName, values));

    private static readonly Frame s_sample = Csv(["1", "2", "3"], ["0", "0", "0"]);

    [Fact]
    public void Problems_ValidSubmission_None()
    {
        Assert.Empty(Gatekeeper.Problems(s_sample, Csv(["1", "2", "3"], ["1", "0", "1"]), s_labels));
    }

    [Theory]
    [InlineData(new[] { "1", "2", "2" }, "duplicate id")]
    [InlineData(new[] { "1", "2", "4" }, "not expected")]
    [InlineData(new[] { "1", "3", "2" }, "not in the expected order")]
    public void Problems_BadIds_Named(string[] ids, string expected)
    {
        var problems = Gatekeeper.Problems(s_sample, Csv(ids, ["1", "0", "1"]), s_labels);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_MissingRow_Named()
    {
        var problems = Gatekeeper.Problems(s_sample, Csv(["1", "2"], ["1", "0"]), s_labels);

        Assert.Contains(problems, p => p.Contains("1 expected id(s) are missing: 3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2", "not one of the labels")]
    [InlineData(null, "empty value")]
    public void Problems_LabelOutsideDomain_Named(string? value, string expected)
    {
        var problems = Gatekeeper.Problems(s_sample, Csv(["1", "2", "3"], ["1", value, "1"]), s_labels);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal) && p.Contains("id 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NaN", "not finite")]
    [InlineData("Infinity", "not finite")]
    [InlineData("abc", "not a number")]
    [InlineData("-3", "not positive")]
    [InlineData("0", "not positive")]
    public void Problems_BadValues_Named(string value, string expected)
    {
        var spec = new SubmissionSpec(["Id"], ["SalePrice"], SubmissionKind.Value) { RequirePositive = true };
        var sample = Csv(["1", "2"], ["1", "1"], valueName: "SalePrice");

        var problems = Gatekeeper.Problems(sample, Csv(["1", "2"], ["100", value], valueName: "SalePrice"), spec);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_WrongHeader_Named()
    {
        var problems = Gatekeeper.Problems(s_sample, Csv(["1", "2", "3"], ["1", "0", "1"], valueName: "Survived"), s_labels);

        Assert.Contains(problems, p => p.Contains("header", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Problems_ThrowsListingAll()
    {
        var error = Assert.Throws<SubmissionRejectedException>(() => Gatekeeper.Check(s_sample, Csv(["1", "1", "9"], ["1", "7", "1"]), s_labels, "x.csv"));

        Assert.True(error.Problems.Count >= 3);
        Assert.Contains("x.csv", error.Message, StringComparison.Ordinal);
    }

    private static readonly SubmissionSpec s_composite = new(["KPI ID", "timestamp"], ["label"], SubmissionKind.Label) { Labels = ["0", "1"] };

    private static Frame Keyed(string[] kpis, string[] times) =>
        new(new TextColumn("KPI ID", kpis), new TextColumn("timestamp", times), new TextColumn("label", [.. kpis.Select(_ => "0")]));

    [Fact]
    public void Problems_CompositeKeyRepeatingEachPart_None()
    {
        var expected = Keyed(["a", "b", "a"], ["1", "1", "2"]);

        Assert.Empty(Gatekeeper.Problems(expected, Keyed(["a", "b", "a"], ["1", "1", "2"]), s_composite));
    }

    [Theory]
    [InlineData(new[] { "b", "a", "a" }, new[] { "1", "1", "2" }, "not in the expected order (row 1 has id b + 1, expected a + 1)")]
    [InlineData(new[] { "a", "a", "a" }, new[] { "1", "1", "2" }, "duplicate id(s): a + 1")]
    [InlineData(new[] { "a", "b", "a" }, new[] { "1", "1", "3" }, "id(s) not expected (not in the sample submission or test file): a + 3")]
    public void Problems_BadCompositeKeys_NamedWithBothParts(string[] kpis, string[] times, string expected)
    {
        var problems = Gatekeeper.Problems(Keyed(["a", "b", "a"], ["1", "1", "2"]), Keyed(kpis, times), s_composite);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }
}
