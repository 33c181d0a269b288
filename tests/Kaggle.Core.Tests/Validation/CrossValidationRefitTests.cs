using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

/// <summary><see cref="ModelSpec.Refit"/>: test predictions from fits on all training rows, the rest of cross-validation unchanged.</summary>
public sealed class CrossValidationRefitTests
{
    private static readonly Frame s_train = new(new NumericColumn("row", [.. Enumerable.Range(0, 10).Select(i => (double)i)]));
    private static readonly Frame s_test = new(new NumericColumn("row", [20.0, 21, 22]));
    private static readonly double[] s_y = [.. Enumerable.Range(0, 10).Select(i => 100.0 + i)];

    /// <summary>Predicts the largest training target plus its seed, recording each fit's row count in a list the test owns.</summary>
    private sealed record MaxLearner(int Seed, List<int> Fits) : ILearner<ConstantModel>
    {
        public ConstantModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
        {
            Fits.Add(x.RowCount);
            return new ConstantModel(x.ColumnCount, y.ToArray().Max() + Seed, 0);
        }
    }

    /// <summary>
    /// Stops early after as many rounds as its evaluation set has rows (so folds of 3 and 7 rows keep 3 and 7); told a
    /// number of rounds, it predicts that number.
    /// </summary>
    private sealed record RoundsLearner(int? Rounds) : IEarlyStoppingLearner<ConstantModel>, IRoundsLearner<ConstantModel>
    {
        public ConstantModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
            new(x.ColumnCount, Rounds ?? -1, Rounds ?? 0);

        public ConstantModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default) =>
            new(x.ColumnCount, 0, evaluation.X.RowCount);

        public ILearner<ConstantModel> WithRounds(int rounds) => this with { Rounds = rounds };
    }

    private sealed class ConstantModel(int featureCount, double value, int rounds) : IRegressionModel, IRoundCount, ITrainingLog
    {
        public int FeatureCount { get; } = featureCount;

        public int Rounds { get; } = rounds;

        public IReadOnlyList<string> TrainingLog => [$"value {value}"];

        public void Predict(Matrix x, Span<double> destination) => destination.Fill(value);
    }

    private static ModelSpec Max(List<int> fits, bool refit) =>
        new("max", new FeaturePipeline(), seed => new MaxLearner(seed, fits)) { Refit = refit };

    [Fact]
    public void Run_Refit_FitsOnceMoreOnAllRowsAndPredictsTestWithThatFit()
    {
        var fits = new List<int>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [0] };

        var result = cv.Run(Max(fits, refit: true), s_train, s_y, s_test);

        Assert.Equal([5, 5, 10], fits);
        Assert.Equal([109.0, 109, 109], result.Test!.Values.ToArray());
        Assert.True(result.Refit);
        Assert.Contains("refit on all training rows", result.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RefitOff_AveragesTheFoldModels()
    {
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [0] };

        var result = cv.Run(Max([], refit: false), s_train, s_y, s_test);

        Assert.Equal([106.5, 106.5, 106.5], result.Test!.Values.ToArray()); // folds trained on 105..109 and 100..104
        Assert.False(result.Refit);
        Assert.DoesNotContain("refit", result.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Refit_LeavesOutOfFoldPredictionsAndScoresUnchanged()
    {
        var cv = new CrossValidation(new KFold(5, Shuffle: true, Seed: 3), new Rmse()) { Seeds = [0] };

        var plain = cv.Run(Max([], refit: false), s_train, s_y, s_test);
        var refit = cv.Run(Max([], refit: true), s_train, s_y, s_test);

        Assert.Equal(plain.OutOfFold.Values.ToArray(), refit.OutOfFold.Values.ToArray());
        Assert.Equal(plain.Folds.Select(f => f.Score), refit.Folds.Select(f => f.Score));
        Assert.Equal(plain.OutOfFoldScore, refit.OutOfFoldScore);
    }

    [Fact]
    public void Run_RefitTwice_GivesIdenticalTestPredictions()
    {
        var cv = new CrossValidation(new KFold(3, Shuffle: true, Seed: 1), new Rmse()) { Seeds = [4, 5] };

        var first = cv.Run(Max([], refit: true), s_train, s_y, s_test);
        var second = cv.Run(Max([], refit: true), s_train, s_y, s_test);

        Assert.Equal(first.Test!.Values.ToArray(), second.Test!.Values.ToArray());
    }

    [Fact]
    public void Run_RefitWithSeveralSeeds_AveragesOneRefitPerSeed()
    {
        var fits = new List<int>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [1, 3] };

        var result = cv.Run(Max(fits, refit: true), s_train, s_y, s_test);

        Assert.Equal(2, fits.Count(rows => rows == 10));
        Assert.Equal(111.0, result.Test![0, 0]); // (109 + 1 + 109 + 3) / 2
    }

    [Fact]
    public void Run_RefitWithTrainingRowFilter_RefitsOnTheKeptRowsOnly()
    {
        var fits = new List<int>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [0] };
        var spec = Max(fits, refit: true) with { TrainingRows = new TrainingRowFilter("below 108", (_, y) => [.. y.Select(v => v < 108)]) };

        var result = cv.Run(spec, s_train, s_y, s_test);

        Assert.Equal(8, fits[^1]);
        Assert.Equal(107.0, result.Test![0, 0]);
    }

    [Fact]
    public void Run_RefitWithEarlyStopping_TrainsForTheFoldsMeanRounds()
    {
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [0] };
        var spec = new ModelSpec("stopper", new FeaturePipeline(), _ => new RoundsLearner(null)) { EarlyStopping = true, Refit = true };
        var train = s_train.Rows([.. Enumerable.Range(0, 9)]);

        var result = cv.Run(spec, train, s_y.AsSpan(0, 9), s_test);

        Assert.Equal(5.0, result.Test![0, 0]); // folds validate 5 and 4 rows, so keep 5 and 4 rounds; 4.5 rounds away from zero
        Assert.Contains("mean rounds", result.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void WithRounds_HistGradientBoosting_FixesRoundsAndTurnsEarlyStoppingOff()
    {
        var learner = new HistGradientBoostingRegressor { Rounds = 500, EarlyStoppingRounds = 10, ValidationFraction = 0.2 };

        var fixedRounds = learner.WithRounds(37);

        Assert.Equal(learner with { Rounds = 37, EarlyStoppingRounds = 0, ValidationFraction = 0 }, fixedRounds);
    }

    [Fact]
    public void Run_RefitEarlyStoppedGradientBoosting_RefitsForTheFoldsMeanRounds()
    {
        var x = new NumericColumn("x", [.. Enumerable.Range(0, 60).Select(i => (double)(i % 13))]);
        var y = Enumerable.Range(0, 60).Select(i => Math.Sin(i % 13) + (0.1 * (i % 3))).ToArray();
        var cv = new CrossValidation(new KFold(3, Shuffle: true, Seed: 2), new Rmse()) { Seeds = [0] };
        var spec = new ModelSpec("gbdt", new FeaturePipeline(),
            _ => new HistGradientBoostingRegressor { Rounds = 300, LearningRate = 0.3, MinChildSamples = 2, EarlyStoppingRounds = 3 })
        { EarlyStopping = true, Refit = true };

        var result = cv.Run(spec, new Frame(x), y, new Frame(new NumericColumn("x", [1.0, 5, 9])));

        Assert.True(result.Refit);
        Assert.Contains("mean rounds", result.Parameters, StringComparison.Ordinal);
        Assert.All(result.Test!.Values.ToArray(), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Run_RefitWithEarlyStoppingOnLearnerWithoutRounds_FailsBeforeFitting()
    {
        var fits = new List<int>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse());
        var spec = Max(fits, refit: true) with { EarlyStopping = true };

        var error = Assert.Throws<InvalidOperationException>(() => cv.Run(spec, s_train, s_y, s_test));

        Assert.Contains("'max'", error.Message, StringComparison.Ordinal);
        Assert.Contains("IRoundsLearner", error.Message, StringComparison.Ordinal);
        Assert.Empty(fits);
    }

    [Fact]
    public void Run_Refit_ReportsTheRefitsTrainingLogMarkedAsRefit()
    {
        var reports = new FoldReports();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [0] };

        cv.Run(Max([], refit: true), s_train, s_y, s_test, observer: reports);

        Assert.Equal([false, false, true], reports.All.Select(r => r.Refit));
        Assert.Equal(-1, reports.All[^1].Fold);
        Assert.Equal(["value 109"], reports.All[^1].TrainingLog);
    }

    [Fact]
    public void Run_RefitWithoutTestFrame_FitsOnlyTheFolds()
    {
        var fits = new List<int>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [0] };

        var result = cv.Run(Max(fits, refit: true), s_train, s_y);

        Assert.Equal([5, 5], fits);
        Assert.False(result.Refit);
    }
}
