using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Metrics;
using Kaggle.Core.Validation;
using Kaggle.Testing;

namespace Kaggle.LightGbm.Tests;

public sealed class LightGbmCrossValidationTests
{
    [Fact]
    public void Run_LightGbmClassifier_AppearsInCrossValidationLikeOurOwnLearners()
    {
        var (x, y) = Synthetic.Binary(rows: 400, seed: 22);
        var train = new Frame(Enumerable.Range(0, x.ColumnCount).Select(j => (Column)new NumericColumn($"f{j}", x.Column(j))));
        var spec = new ModelSpec("lightgbm", new FeaturePipeline(), seed => new LightGbmClassifier { Rounds = 50, MaxLeaves = 8, Seed = seed, Threads = 1 });

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y);

        Assert.Equal(4, result.Folds.Count);
        Assert.True(result.OutOfFoldScore > 0.75, $"accuracy {result.OutOfFoldScore}");
    }

    [Fact]
    public void Run_EarlyStoppingSpec_FeedsEachFoldsValidationRowsToTheLearner()
    {
        var (x, y) = Synthetic.Binary(rows: 400, seed: 23);
        var train = new Frame(Enumerable.Range(0, x.ColumnCount).Select(j => (Column)new NumericColumn($"f{j}", x.Column(j))));
        var spec = new ModelSpec("lightgbm-es", new FeaturePipeline(),
            seed => new LightGbmClassifier { Rounds = 2000, LearningRate = 0.3, EarlyStoppingRounds = 10, Seed = seed, Threads = 1 })
        {
            EarlyStopping = true,
        };

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y);

        Assert.True(result.OutOfFoldScore > 0.75, $"accuracy {result.OutOfFoldScore}");
    }

    [Fact]
    public void Run_RefitWithEarlyStopping_RefitsOnAllRowsForTheFoldsMeanRounds()
    {
        var (x, y) = Synthetic.Binary(rows: 400, seed: 24);
        var train = new Frame(Enumerable.Range(0, x.ColumnCount).Select(j => (Column)new NumericColumn($"f{j}", x.Column(j))));
        var test = new Frame(Enumerable.Range(0, x.ColumnCount).Select(j => (Column)new NumericColumn($"f{j}", x.Column(j)[..50])));
        var spec = new ModelSpec("lightgbm-refit", new FeaturePipeline(),
            seed => new LightGbmClassifier { Rounds = 2000, LearningRate = 0.3, EarlyStoppingRounds = 10, Seed = seed, Threads = 1 })
        {
            EarlyStopping = true,
            Refit = true,
        };

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y, test);

        Assert.True(result.Refit);
        Assert.Equal(50, result.Test!.RowCount);
    }

    [Fact]
    public void WithRounds_EarlyStoppingLearner_TrainsExactlyThoseRoundsAndKeepsThemAll()
    {
        var (x, y) = Synthetic.Binary(rows: 200, seed: 25);
        var learner = new LightGbmRegressor { Rounds = 500, EarlyStoppingRounds = 5, Threads = 1 };

        using var model = (LightGbmRegressionModel)learner.WithRounds(17).Fit(x, y);

        Assert.Equal(17, model.BoostedRounds);
        Assert.Equal(17, ((Kaggle.Core.Models.IRoundCount)model).Rounds);
    }
}
