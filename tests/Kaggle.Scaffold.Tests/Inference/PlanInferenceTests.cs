using Kaggle.Runner;
using Kaggle.Scaffold.Inference;
using static Kaggle.Scaffold.Tests.SyntheticRepository;

namespace Kaggle.Scaffold.Tests.Inference;

/// <summary>Files, keys, target and feature roles inferred from small synthetic competitions.</summary>
public sealed class PlanInferenceTests
{
    private static readonly string s_train = Csv("RowId,Colour,Note,Size,Label", 60, i => $"{i},{(i % 3 == 0 ? "red" : "blue")},note {i},{i * 1.5},{i % 2}");
    private static readonly string s_test = Csv("RowId,Colour,Note,Size", 20, i => $"{100 + i},red,other {i},{i}");

    [Fact]
    public void Infer_SampleHeader_KeysFromTestColumnsTargetFromTheRest()
    {
        using var repo = new SyntheticRepository("toy", ("train.csv", s_train), ("test.csv", s_test),
            ("sample_submission.csv", Csv("RowId,Label", 20, i => $"{100 + i},0")));

        var plan = PlanInference.Infer(repo.Folder, repo.Options());

        Assert.Equal(["RowId"], plan.Layout.Keys);
        Assert.Equal("Label", plan.Layout.Target);
        Assert.False(plan.Layout.IdIsRowNumber);
        Assert.Equal((TaskKind.Binary, "accuracy"), (plan.Task, plan.Metric));
        Assert.Equal(("train.csv", "test.csv", "sample_submission.csv"), (plan.Files.Train, plan.Files.Test, plan.Files.Sample));
        Assert.Equal(["sample_submission.csv", "test.csv", "train.csv"], plan.Files.All);
        Assert.Equal(["Note"], plan.Features.Dropped);
        Assert.Equal(["Colour"], plan.Features.FewLevels);
        Assert.Equal("Toy", plan.Name);
    }

    [Fact]
    public void Infer_OtherlyNamedSample_FoundByTheWordSubmission()
    {
        using var repo = new SyntheticRepository("toy", ("train.csv", s_train), ("test.csv", s_test),
            ("gender_submission.csv", Csv("RowId,Label", 20, i => $"{100 + i},1")));

        var plan = PlanInference.Infer(repo.Folder, repo.Options());

        Assert.Equal("gender_submission.csv", plan.Files.Sample);
    }

    [Fact]
    public void Infer_SampleCountsTestRowsWithoutIdColumn_IdIsRowNumber()
    {
        using var repo = new SyntheticRepository("digits",
            ("train.csv", Csv("label,p0,p1", 40, i => $"{i % 3},{i},{i * 2}")),
            ("test.csv", Csv("p0,p1", 5, i => $"{i},{i}")),
            ("sample_submission.csv", Csv("ImageId,Label", 5, i => $"{i},0")));

        var plan = PlanInference.Infer(repo.Folder, repo.Options(targetColumn: "label"));

        Assert.Equal(["ImageId"], plan.Layout.Keys);
        Assert.Equal(("label", true), (plan.Layout.Target, plan.Layout.IdIsRowNumber));
        Assert.Equal(TaskKind.Multiclass, plan.Task);
    }

    [Fact]
    public void Infer_NoTrainFile_ErrorListsWhatIsThere()
    {
        using var repo = new SyntheticRepository("toy", ("test.csv", s_test), ("notes.txt", "x"));

        var error = Assert.Throws<ScaffoldException>(() => PlanInference.Infer(repo.Folder, repo.Options()));

        Assert.Contains("No training file", error.Message, StringComparison.Ordinal);
        Assert.Contains("notes.txt, test.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_NoSampleNoTargetColumn_AsksForTargetColumn()
    {
        using var repo = new SyntheticRepository("toy", ("train.csv", s_train), ("test.csv", s_test));

        var error = Assert.Throws<ScaffoldException>(() => PlanInference.Infer(repo.Folder, repo.Options()));

        Assert.Contains("--target-column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_NoSampleWithTargetColumn_KeyIsTestsFirstColumn()
    {
        using var repo = new SyntheticRepository("toy", ("train.csv", s_train), ("test.csv", s_test));

        var plan = PlanInference.Infer(repo.Folder, repo.Options(targetColumn: "Size"));

        Assert.Equal(["RowId"], plan.Layout.Keys);
        Assert.Equal(("Size", TaskKind.Regression), (plan.Layout.Target, plan.Task));
        Assert.Null(plan.Files.Sample);
    }

    [Fact]
    public void Infer_TargetNotInTrain_ErrorNamesItAndTheColumns()
    {
        using var repo = new SyntheticRepository("toy", ("train.csv", s_train), ("test.csv", s_test),
            ("sample_submission.csv", Csv("RowId,Outcome", 20, i => $"{100 + i},0")));

        var error = Assert.Throws<ScaffoldException>(() => PlanInference.Infer(repo.Folder, repo.Options()));

        Assert.Contains("'Outcome' is not a column of train.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("RowId, Colour, Note, Size, Label", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("house-prices-advanced-regression-techniques", "HousePricesAdvancedRegressionTechniques")]
    [InlineData("titanic", "Titanic")]
    [InlineData("2024-sales", "Competition2024Sales")]
    public void ProjectName_Slug_PascalCaseIdentifier(string slug, string expected)
    {
        Assert.Equal(expected, PlanInference.ProjectName(slug));
    }
}
