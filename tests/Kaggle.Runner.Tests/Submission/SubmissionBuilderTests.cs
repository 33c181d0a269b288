using Kaggle.Core.Data;
using Kaggle.Runner.Submission;

namespace Kaggle.Runner.Tests.Submission;

public sealed class SubmissionBuilderTests
{
    private static readonly Frame s_sample = new(new TextColumn("PassengerId", ["892", "893", "894"]), new TextColumn("Survived", ["0", "0", "0"]));
    private static readonly SubmissionSpec s_spec = new(["PassengerId"], ["Survived"], SubmissionKind.Label) { Labels = ["0", "1"] };

    [Fact]
    public void Build_TestRowsInOtherOrder_FollowsSampleOrder()
    {
        var predictions = Matrix.FromRows([0.9], [0.1], [0.6]);

        var frame = SubmissionBuilder.Build(s_sample, ["894", "893", "892"], predictions, s_spec);

        Assert.Equal(["892", "893", "894"], [frame.Text("PassengerId")[0]!, frame.Text("PassengerId")[1]!, frame.Text("PassengerId")[2]!]);
        Assert.Equal(["1", "0", "1"], [frame.Text("Survived")[0]!, frame.Text("Survived")[1]!, frame.Text("Survived")[2]!]);
    }

    [Fact]
    public void Build_NaNPrediction_RefusedNamingTheId()
    {
        var predictions = Matrix.FromRows([0.9], [double.NaN], [0.6]);

        var error = Assert.Throws<SubmissionRejectedException>(() => SubmissionBuilder.Build(s_sample, ["892", "893", "894"], predictions, s_spec));

        Assert.Contains("id 893", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MulticlassLabels_ArgMax()
    {
        var sample = new Frame(new TextColumn("ImageId", ["1", "2"]), new TextColumn("Label", ["0", "0"]));
        var spec = new SubmissionSpec(["ImageId"], ["Label"], SubmissionKind.Label) { Labels = ["0", "1", "2"] };

        var frame = SubmissionBuilder.Build(sample, ["1", "2"], Matrix.FromRows([0.1, 0.2, 0.7], [0.5, 0.3, 0.2]), spec);

        Assert.Equal("2", frame.Text("Label")[0]);
        Assert.Equal("0", frame.Text("Label")[1]);
    }

    [Fact]
    public void Build_Values_RoundTripFormat()
    {
        var sample = new Frame(new TextColumn("Id", ["1"]), new TextColumn("SalePrice", ["0"]));
        var spec = new SubmissionSpec(["Id"], ["SalePrice"], SubmissionKind.Value);

        var frame = SubmissionBuilder.Build(sample, ["1"], Matrix.FromRows([0.1 + 0.2]), spec);

        Assert.Equal("0.30000000000000004", frame.Text("SalePrice")[0]);
    }

    [Fact]
    public void Build_SampleIdMissingFromTest_Throws()
    {
        Assert.Throws<InvalidDataException>(() => SubmissionBuilder.Build(s_sample, ["892", "893", "999"], Matrix.FromRows([1], [1], [1]), s_spec));
    }
}
