using Kaggle.Core.Features;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Parameters;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Parameters;

public sealed class ParameterTextTests
{
    [Fact]
    public void Of_RecordWithListProperty_WritesTheItems()
    {
        var text = ParameterText.Of(new GroupMedianImputer("Age", "Title", "Pclass") { AddIndicator = true });

        Assert.Equal("GroupMedianImputer { Column = Age, GroupBy = [Title, Pclass], MinGroupCount = 1, AddIndicator = True }", text);
    }

    [Fact]
    public void Of_NestedRecordsNullsAndNumbers_WrittenByContent()
    {
        var text = ParameterText.Of(new HistGradientBoostingClassifier { CategoricalFeatures = [3, 5], ClassWeights = [1.0, 2.5], MaxDepth = null });

        Assert.Contains("CategoricalFeatures = [3, 5]", text, StringComparison.Ordinal);
        Assert.Contains("ClassWeights = [1, 2.5]", text, StringComparison.Ordinal);
        Assert.Contains("MaxDepth = null", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_GenericRecord_NameWithoutArity()
    {
        var text = ParameterText.Of(new Pair<int>(1, [2, 3]));

        Assert.Equal("Pair { First = 1, Rest = [2, 3] }", text);
    }

    private sealed record Pair<T>(T First, IReadOnlyList<T> Rest);

    [Fact]
    public void Describe_PipelineOfListSteps_NamesEveryColumnAndNoTypeNames()
    {
        var spec = new ModelSpec(
            "m",
            new FeaturePipeline(new SimpleImputer("Fare", "Age"), new OrdinalEncoder("Sex"), new GroupMedianImputer("Age", "Title"), new DropColumns("Name")),
            seed => new Lasso { Alpha = 0.5 });

        var text = spec.Describe(42);

        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.Contains("Columns = [Fare, Age]", text, StringComparison.Ordinal);
        Assert.Contains("Columns = [Sex]", text, StringComparison.Ordinal);
        Assert.Contains("GroupBy = [Title]", text, StringComparison.Ordinal);
        Assert.Contains("DropColumns(Name)", text, StringComparison.Ordinal);
        Assert.StartsWith("Lasso { Alpha = 0.5", text, StringComparison.Ordinal);
    }
}
