using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Core.Tests.Features;

/// <summary>
/// Properties every feature step must have so cross-validation cannot leak: what is learned comes only from the
/// training rows, and a transformed row depends only on that row.
/// </summary>
public sealed class FeatureStepConformanceTests
{
    private static readonly Dictionary<string, IFeatureStep> s_steps = new(StringComparer.Ordinal)
    {
        ["SimpleImputer"] = new SimpleImputer { AddIndicator = true },
        ["GroupMedianImputer"] = new GroupMedianImputer("Age", "Title") { AddIndicator = true },
        ["OneHotEncoder"] = new OneHotEncoder { MinCount = 3 },
        ["OrdinalMap"] = new OrdinalMap(new Dictionary<string, double> { ["male"] = 1, ["female"] = 2 }, "Sex") { Unknown = UnknownLevel.NaN },
        ["OrdinalEncoder"] = new OrdinalEncoder(),
        ["StandardScaler"] = new StandardScaler(),
        ["Derive"] = new Derive("AgeFare", r => r.Number("Age") + r.Number("Fare")),
        ["DropColumns"] = new DropColumns("Name"),
        ["SelectColumns"] = new SelectColumns("Fare", "Title"),
        ["TextToCategorical"] = new TextToCategorical(),
        ["TargetEncoder"] = new TargetEncoder("Title", "Embarked", "Name") { Folds = 4 },
        ["GroupOutcomeEncoder"] = new GroupOutcomeEncoder("Title"),
        ["FrequencyEncoder"] = new FrequencyEncoder { Normalize = true },
        ["SkewCorrectorYeoJohnson"] = new SkewCorrector { Threshold = 0 },
        ["SkewCorrectorLog1p"] = new SkewCorrector { Method = SkewMethod.Log1p, Threshold = 0 },
        ["MissingMeansNone"] = new MissingMeansNone("Embarked", "Age"),
        ["RareCategoryGrouper"] = new RareCategoryGrouper { MinCount = 5 },
        ["PcaFeatures"] = new FeaturePipeline(new SimpleImputer(), new PcaFeatures("Age", "Fare") { Pca = new Kaggle.Core.Models.Decomposition.Pca { Components = 2 } }),
        ["KMeansFeatures"] = new FeaturePipeline(new SimpleImputer(), new KMeansFeatures("Age", "Fare") { KMeans = new Kaggle.Core.Models.Clustering.KMeans { Clusters = 3, Restarts = 2 } }),
        ["Pipeline"] = new FeaturePipeline(new SimpleImputer(), new TextToCategorical(), new OneHotEncoder { MinCount = 2 }, new StandardScaler()),
    };

    public static TheoryData<string> Steps => [.. s_steps.Keys];

    // Target encodings' training rows are out of fold by design, so they differ from a transform of the same rows.
    public static TheoryData<string> TargetFreeSteps => [.. s_steps.Keys.Where(k => k is not ("TargetEncoder" or "GroupOutcomeEncoder"))];

    private static readonly int[] s_rowsA = [.. Enumerable.Range(0, 40).Where(i => i % 4 != 0)];
    private static readonly int[] s_rowsB = [.. Enumerable.Range(0, 40).Where(i => i % 4 == 0)];

    [Theory]
    [MemberData(nameof(Steps))]
    public void FitTransform_RowsOutsideTrainingChange_FittedOutputUnchanged(string name)
    {
        var step = s_steps[name];
        var original = RandomFrame(seed: 1);
        var changed = ChangeRows(original, s_rowsB, seed: 2);
        var target = Target(original.RowCount);

        var a = step.FitTransform(original.Rows(s_rowsA), target.Rows(s_rowsA));
        var b = step.FitTransform(changed.Rows(s_rowsA), target.Rows(s_rowsA));

        FrameAssert.Equal(a.Train, b.Train);
        var probe = RandomFrame(seed: 3);
        FrameAssert.Equal(a.Step.Transform(probe), b.Step.Transform(probe));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Transform_OtherRowsChange_RowOutputUnchanged(string name)
    {
        var original = RandomFrame(seed: 1);
        var fitted = s_steps[name].FitTransform(original.Rows(s_rowsA), Target(original.RowCount).Rows(s_rowsA));
        var changed = ChangeRows(original, s_rowsB, seed: 2);

        var before = fitted.Step.Transform(original).Rows(s_rowsA);
        var after = fitted.Step.Transform(changed).Rows(s_rowsA);

        FrameAssert.Equal(before, after);
    }

    [Theory]
    [MemberData(nameof(TargetFreeSteps))]
    public void Transform_TrainingRows_EqualsFitTransformOutput(string name)
    {
        var train = RandomFrame(seed: 1);

        var fitted = s_steps[name].FitTransform(train, Target(train.RowCount));

        FrameAssert.Equal(fitted.Train, fitted.Step.Transform(train));
    }

    /// <summary>A 40-row passenger-like frame with gaps in every kind of column.</summary>
    internal static Frame RandomFrame(int seed, int rows = 40)
    {
        var random = new Random(seed);
        string?[] Pick(string?[] levels) => [.. Enumerable.Range(0, rows).Select(_ => levels[random.Next(levels.Length)])];
        double[] Numbers(double scale, double missing) =>
            [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() < missing ? double.NaN : Math.Round(random.NextDouble() * scale, 2))];
        return new Frame(
            new NumericColumn("Age", Numbers(80, 0.2)),
            new NumericColumn("Fare", Numbers(100, 0.05)),
            CategoricalColumn.FromStrings("Sex", Pick(["male", "female"])),
            CategoricalColumn.FromStrings("Embarked", Pick(["S", "S", "S", "C", "Q", null])),
            CategoricalColumn.FromStrings("Title", Pick(["Mr", "Mr", "Mrs", "Miss", "Master", "Rev"])),
            new TextColumn("Name", Pick(["a", "b", "c", null])));
    }

    /// <summary>The same frame with the given rows replaced by other values, including unseen levels.</summary>
    internal static Frame ChangeRows(Frame frame, int[] rows, int seed)
    {
        var other = RandomFrame(seed, frame.RowCount);
        var replace = new HashSet<int>(rows);
        var columns = new List<Column>();
        foreach (var column in frame.Columns)
        {
            var source = other[column.Name];
            var novel = column.Kind == ColumnKind.Numeric ? null : "Zz";
            if (column is NumericColumn numeric)
            {
                var values = numeric.ToArray();
                foreach (var i in rows) values[i] = ((NumericColumn)source)[i] * 3;
                columns.Add(new NumericColumn(column.Name, values));
                continue;
            }
            var strings = Enumerable.Range(0, frame.RowCount)
                .Select(i => !replace.Contains(i) ? column.Format(i) : i % 8 == 0 ? novel : source.Format(i)).ToArray();
            columns.Add(column.Kind == ColumnKind.Text ? new TextColumn(column.Name, strings) : CategoricalColumn.FromStrings(column.Name, strings));
        }
        return new Frame(columns);
    }

    internal static double[] Target(int rows) => [.. Enumerable.Range(0, rows).Select(i => (double)((i * 7) % 3 == 0 ? 1 : 0))];
}

internal static class SpanRows
{
    public static double[] Rows(this double[] values, int[] rows) => [.. rows.Select(i => values[i])];
}
