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
}
