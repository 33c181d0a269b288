using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

public sealed class AdversarialValidationTests
{
    private static readonly ModelSpec s_tree = new("tree", new FeaturePipeline(), _ => new DecisionTreeClassifier { MaxDepth = 3 });

    private static Frame Rows(int count, double offset, int seed)
    {
        var rng = new SplitMix64(seed);
        return new Frame(new NumericColumn("x", [.. Enumerable.Range(0, count).Select(_ => offset + rng.NextDouble())]));
    }

    [Fact]
    public void Auc_TestShiftedAwayFromTrain_NearOne()
    {
        var auc = AdversarialValidation.Auc(s_tree, Rows(100, 0, 1), Rows(50, 5, 2));

        Assert.True(auc > 0.99, $"AUC {auc}");
    }

    [Fact]
    public void Auc_TestFromTheSameDistribution_NearOneHalf()
    {
        var auc = AdversarialValidation.Auc(s_tree, Rows(200, 0, 1), Rows(100, 0, 2));

        Assert.InRange(auc, 0.35, 0.65);
    }

    [Fact]
    public void Run_PartOfTrainLooksLikeTest_ThoseRowsAreTheMostTestLike()
    {
        // Rows 0-79 near 0, rows 80-99 near 5 like every test row.
        var train = Frame.Concat(Rows(80, 0, 1), Rows(20, 5, 2));

        var result = AdversarialValidation.Run(s_tree, train, Rows(60, 5, 3));

        Assert.Equal(100, result.TestLikeness.Length);
        Assert.All(result.TestLikeness[..80], p => Assert.True(p < 0.1, $"a train-like row scored {p}"));
        Assert.True(result.TestLikeness[80..].Count(p => p > 0.4) >= 18, string.Join(", ", result.TestLikeness[80..]));
    }
}
