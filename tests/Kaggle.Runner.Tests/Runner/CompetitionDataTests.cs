using Kaggle.Core.Data;

namespace Kaggle.Runner.Tests.Runner;

public sealed class CompetitionDataTests
{
    [Fact]
    public void Load_IdIsRowNumber_NumbersTheRowsFromOne()
    {
        var folder = Files("label,p0,p1\n1,0,5\n0,3,0\n", "p0,p1\n1,1\n2,2\n3,3\n", "ImageId,Label\n1,0\n2,0\n3,0\n");
        var config = Config() with { IdIsRowNumber = true };

        var data = CompetitionData.Load(folder, config, CsvReadOptions.Default);

        Assert.Equal(["1", "2", "3"], data.TestIds);
        Assert.Equal(["1", "2"], data.TrainIds);
        Assert.Equal(["p0", "p1"], data.Train.Names);
        Assert.Equal([1.0, 0.0], data.Target);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Load_NoIdColumnWithoutTheFlag_FailsNamingTheColumn()
    {
        var folder = Files("label,p0\n1,0\n0,3\n", "p0\n1\n", "ImageId,Label\n1,0\n");

        var error = Assert.Throws<InvalidDataException>(() => CompetitionData.Load(folder, Config(), CsvReadOptions.Default));

        Assert.Contains("'ImageId'", error.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Load_TargetValuesOutsideTheLabels_FailsListingThem()
    {
        var folder = Files("label,p0\n1,0\n2,3\n0,1\nyes,2\n", "p0\n1\n", "ImageId,Label\n1,0\n");

        var error = Assert.Throws<InvalidDataException>(() => CompetitionData.Load(folder, Config() with { IdIsRowNumber = true }, CsvReadOptions.Default));

        Assert.Contains("train.csv: the target 'label' has value(s) 2, yes outside the labels {0, 1}", error.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("label,p0\n1.5,0\n,3\n", "train.csv data row 2: the target 'label' is missing")]
    [InlineData("label,p0\n1.5,0\nabc,3\n", "train.csv data row 2: the target 'label' is 'abc', not a finite number")]
    public void Load_RegressionTargetMissingOrNotNumeric_FailsNamingTheRow(string train, string expected)
    {
        var folder = Files(train, "p0\n1\n", "ImageId,Label\n1,0\n");
        var config = Config() with { IdIsRowNumber = true, Task = TaskKind.Regression, Metric = "rmse", Labels = [] };

        var error = Assert.Throws<InvalidDataException>(() => CompetitionData.Load(folder, config, CsvReadOptions.Default));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    private static CompetitionConfig Config() => new()
    {
        Slug = "digits",
        Metric = "accuracy",
        Task = TaskKind.Multiclass,
        Id = "ImageId",
        Target = "label",
        Labels = ["0", "1"],
    };

    private static string Files(string train, string test, string sample)
    {
        var folder = Directory.CreateTempSubdirectory("kaggle-data-").FullName;
        File.WriteAllText(Path.Combine(folder, "train.csv"), train);
        File.WriteAllText(Path.Combine(folder, "test.csv"), test);
        File.WriteAllText(Path.Combine(folder, "sample_submission.csv"), sample);
        return folder;
    }
}
