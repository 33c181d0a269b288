using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

public sealed class CrossValidationTests
{
    /// <summary>A learner predicting the mean of its training targets: its out-of-fold predictions are known exactly.</summary>
    private sealed record MeanLearner : ILearner<MeanModel>
    {
        public MeanModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
        {
            Guard.TrainingSet(x, y, sampleWeight);
            var sum = 0.0;
            foreach (var v in y) sum += v;
            return new MeanModel(x.ColumnCount, sum / y.Length);
        }
    }

    private sealed record MeanModel(int FeatureCount, double Mean) : IRegressionModel
    {
        public void Predict(Matrix x, Span<double> destination) => destination.Fill(Mean);
    }

    /// <summary>A mean learner whose models keep a training log naming their training-set size.</summary>
    private sealed record LoggingLearner : ILearner<LoggingModel>
    {
        public LoggingModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) =>
            new(x.ColumnCount, [$"epoch 1: {y.Length} rows", "epoch 2: done"]);
    }

    private sealed record LoggingModel(int FeatureCount, IReadOnlyList<string> TrainingLog) : IRegressionModel, ITrainingLog
    {
        public void Predict(Matrix x, Span<double> destination) => destination.Fill(0);
    }

    /// <summary>A feature step that records which rows (by their "row" column) it was fitted on.</summary>
    private sealed record SpyStep(List<double[]> FittedOn) : IFeatureStep, IFittedFeatureStep
    {
        public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
        {
            FittedOn.Add(train.Numeric("row").ToArray());
            return new FittedFeatures(this, train);
        }

        public Frame Transform(Frame frame) => frame;
    }

    /// <summary>Predicts the training mean plus noise drawn from its seed (the same noise for every fold of a repeat).</summary>
    private sealed record NoisyMeanLearner(int Seed) : ILearner<NoisyMeanModel>
    {
        public NoisyMeanModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
        {
            var sum = 0.0;
            foreach (var v in y) sum += v;
            return new NoisyMeanModel(x.ColumnCount, sum / y.Length, Seed);
        }
    }

    private sealed record NoisyMeanModel(int FeatureCount, double Mean, int Seed) : IRegressionModel
    {
        public void Predict(Matrix x, Span<double> destination)
        {
            var random = new Random(Seed);
            for (var i = 0; i < destination.Length; i++) destination[i] = Mean + (random.NextDouble() - 0.5);
        }
    }

    private static readonly Frame s_train = new(new NumericColumn("row", Enumerable.Range(0, 10).Select(i => (double)i).ToArray()));
    private static readonly double[] s_y = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();

    [Fact]
    public void Run_MeanLearner_OutOfFoldIsMeanOfOtherFolds()
    {
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse());
        var spec = new ModelSpec("mean", new SpyStep([]), _ => new MeanLearner());

        var result = cv.Run(spec, s_train, s_y, s_train);

        Assert.Equal(7.0, result.OutOfFold[0, 0]);
        Assert.Equal(2.0, result.OutOfFold[9, 0]);
        Assert.Equal(4.5, result.Test![3, 0]);
        Assert.Equal(2, result.Folds.Count);
        Assert.Equal(Math.Sqrt(27), result.Mean, 12);
    }

    [Fact]
    public void Run_ModelsWithTrainingLogs_ReportTheLogOfEveryFitWithSeedAndFold()
    {
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse()) { Seeds = [7] };

        var (logged, plain) = (new FoldReports(), new FoldReports());

        cv.Run(new ModelSpec("net", new SpyStep([]), _ => new LoggingLearner()), s_train, s_y, observer: logged);
        cv.Run(new ModelSpec("mean", new SpyStep([]), _ => new MeanLearner()), s_train, s_y, observer: plain);

        Assert.Equal([(7, 0), (7, 1)], logged.All.Select(r => (r.Seed, r.Fold)));
        Assert.All(logged.All, r => Assert.Equal(["epoch 1: 5 rows", "epoch 2: done"], r.TrainingLog));
        Assert.All(plain.All, r => Assert.Empty(r.TrainingLog));
    }

    [Fact]
    public void Run_FeatureSteps_AreFittedOnTrainingRowsOfEachFoldOnly()
    {
        var fittedOn = new List<double[]>();
        var cv = new CrossValidation(new KFold(5, Seed: 3), new Rmse()) { Seeds = [3, 4] };

        var result = cv.Run(new ModelSpec("mean", new SpyStep(fittedOn), _ => new MeanLearner()), s_train, s_y);

        Assert.Equal(10, fittedOn.Count);
        for (var k = 0; k < fittedOn.Count; k++)
        {
            var assignment = result.Assignments[k / 5];
            var validated = Enumerable.Range(0, 10).Where(r => assignment[r] == k % 5).Select(r => (double)r);
            Assert.Empty(fittedOn[k].Intersect(validated));
        }
    }

    [Fact]
    public void Run_SameSeeds_BitIdenticalResults()
    {
        var cv = new CrossValidation(new KFold(3), new Rmse()) { Seeds = [1, 2, 3] };
        var spec = new ModelSpec("mean", new SpyStep([]), _ => new MeanLearner());

        var first = cv.Run(spec, s_train, s_y, s_train);
        var second = cv.Run(spec, s_train, s_y, s_train);

        Assert.Equal(first.OutOfFold.Values.ToArray(), second.OutOfFold.Values.ToArray());
        Assert.Equal(first.Folds.Select(f => f.Score), second.Folds.Select(f => f.Score));
    }

    [Fact]
    public void Run_TimeSeriesSplit_LeavesFirstBlockMissingAndScoresTheRest()
    {
        var cv = new CrossValidation(new TimeSeriesSplit(4), new Rmse());

        var result = cv.Run(new ModelSpec("mean", new SpyStep([]), _ => new MeanLearner()), s_train, s_y);

        Assert.True(double.IsNaN(result.OutOfFold[0, 0]));
        Assert.False(double.IsNaN(result.OutOfFold[9, 0]));
        Assert.True(double.IsFinite(result.OutOfFoldScore));
    }

    [Fact]
    public void Run_TargetLengthMismatch_Throws()
    {
        var cv = new CrossValidation(new KFold(2), new Rmse());

        Assert.Throws<ArgumentException>(() => cv.Run(new ModelSpec("m", new SpyStep([]), _ => new MeanLearner()), s_train, s_y.AsSpan(1)));
    }

    [Fact]
    public void Run_SeveralSeeds_ReportsPerSeedMeansAndTheirStd()
    {
        var cv = new CrossValidation(new KFold(5), new Rmse()) { Seeds = [1, 2, 3] };

        var result = cv.Run(new ModelSpec("mean", new SpyStep([]), _ => new MeanLearner()), s_train, s_y);

        var expected = Enumerable.Range(0, 3).Select(r => result.Folds.Where(f => f.Repeat == r).Average(f => f.Score)).ToArray();
        Assert.Equal(expected, result.SeedMeans);
        var mean = expected.Average();
        Assert.Equal(Math.Sqrt(expected.Average(m => (m - mean) * (m - mean))), result.SeedStd, 12);
        Assert.True(result.SeedStd > 0);
        Assert.Equal(3, result.OutOfFoldByRepeat.Count);
    }

    [Fact]
    public void Run_SeedAveraging_ReducesTestPredictionVariance()
    {
        var spec = new ModelSpec("noisy", new SpyStep([]), seed => new NoisyMeanLearner(seed));
        double Variance(int seeds)
        {
            var first = Enumerable.Range(0, 40).Select(b =>
            {
                var cv = new CrossValidation(new KFold(5), new Rmse()) { Seeds = [.. Enumerable.Range(b * 100, seeds)] };
                return cv.Run(spec, s_train, s_y, s_train).Test![0, 0];
            }).ToArray();
            var mean = first.Average();
            return first.Average(v => (v - mean) * (v - mean));
        }

        var single = Variance(1);
        var averaged = Variance(8);

        // Eight independent seeds divide the noise variance by about eight; allow for sampling error.
        Assert.True(averaged < single / 3, $"variance with 8 seeds {averaged} is not well below 1 seed's {single}");
    }

    [Fact]
    public void Run_TrainingRowFilter_DropsRowsFromFittingButStillValidatesThem()
    {
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse());
        var spec = new ModelSpec("mean", new SpyStep([]), _ => new MeanLearner())
        {
            TrainingRows = new TrainingRowFilter("not row 9", (frame, y) => [.. y.Select(v => v != 9)]),
        };

        var result = cv.Run(spec, s_train, s_y);

        Assert.Equal(6.5, result.OutOfFold[0, 0]);
        Assert.Equal(2.0, result.OutOfFold[9, 0]);
        Assert.Equal(10, result.Folds.Sum(f => f.ValidationRows));
        Assert.Contains("not row 9", result.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CategoriesOnlyInTest_ReportedPerFold()
    {
        var train = new Frame(CategoricalColumn.FromStrings("c", [.. Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? "a" : "b")]));
        var test = new Frame(CategoricalColumn.FromStrings("c", ["a", "z", "z", null]));
        var cv = new CrossValidation(new KFold(5), new Rmse()) { Seeds = [1, 2] };

        var reports = new FoldReports();

        cv.Run(new ModelSpec("mean", new OneHotEncoder("c"), _ => new MeanLearner()), train, s_y, test, observer: reports);

        Assert.Equal(Enumerable.Repeat(2, 10), reports.All.Select(r => r.UnseenTestLevels["c"]));
    }
}
