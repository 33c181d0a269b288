using Kaggle.Runner;
using Kaggle.Runner.Submission;
using Kaggle.Scaffold.Generation;
using Kaggle.Scaffold.Inference;

namespace Kaggle.Scaffold.Tests.Generation;

public sealed class CompetitionClassTests
{
    private static CompetitionPlan Plan(TaskKind task, string metric, FeaturePlan features) => new()
    {
        Slug = "toy",
        Name = "Toy",
        Files = new CompetitionFiles("train.csv", "test.csv", "sample_submission.csv", ["sample_submission.csv", "test.csv", "train.csv"]),
        Layout = new SubmissionLayout(["Id"], "y", false),
        Task = task,
        Labels = task == TaskKind.Regression ? [] : ["a", "b", "c"],
        SubmissionKind = task == TaskKind.Regression ? SubmissionKind.Value : SubmissionKind.Label,
        Metric = metric,
        TrainRows = 100,
        Features = features,
    };

    private static readonly FeaturePlan s_mixed = new(["Notes"], ["Colour"], ["Town"]) { Categorical = ["Colour", "Town"] };

    [Fact]
    public void Write_Multiclass_ManyLevelsOneHotNotTargetEncoded()
    {
        var code = CompetitionClass.Write(Plan(TaskKind.Multiclass, "accuracy", s_mixed));

        Assert.Contains("HistGradientBoostingClassifier", code, StringComparison.Ordinal);
        Assert.Contains("LogisticRegression", code, StringComparison.Ordinal);
        Assert.DoesNotContain("TargetEncoder", code, StringComparison.Ordinal);
        Assert.Contains("\"Colour\", \"Town\",", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RegressionRmsle_FitsLogTarget()
    {
        var code = CompetitionClass.Write(Plan(TaskKind.Regression, "rmsle", s_mixed));

        Assert.Contains("Log(new HistGradientBoostingRegressor", code, StringComparison.Ordinal);
        Assert.Contains("Log(new RidgeRegression", code, StringComparison.Ordinal);
        Assert.Contains("new TargetEncoder(s_targetEncoded)", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoTextNoCategories_NoEmptyColumnListsOrSteps()
    {
        var code = CompetitionClass.Write(Plan(TaskKind.Regression, "rmse", new FeaturePlan([], [], []) { Categorical = [] }));

        Assert.DoesNotContain("s_dropped", code, StringComparison.Ordinal);
        Assert.DoesNotContain("OrdinalEncoder", code, StringComparison.Ordinal);
        Assert.DoesNotContain("OneHotEncoder", code, StringComparison.Ordinal);
        Assert.Contains("new SimpleImputer()", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ColumnNameWithQuote_EscapedAsLiteral()
    {
        var code = CompetitionClass.Write(Plan(TaskKind.Regression, "rmse", new FeaturePlan(["say \"hi\"\\"], [], []) { Categorical = [] }));

        Assert.Contains("\"say \\\"hi\\\"\\\\\"", code, StringComparison.Ordinal);
    }
}
