using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

/// <summary>How cross-validation hands each fold's validation rows to an early-stopping learner, and frees fold models.</summary>
public sealed class CrossValidationEarlyStoppingTests
{
    private static readonly Frame s_train = new(new NumericColumn("row", [.. Enumerable.Range(0, 10).Select(i => (double)i)]));
    private static readonly double[] s_y = [.. Enumerable.Range(0, 10).Select(i => 100.0 + i)];

    /// <summary>What one fold's fit received: the evaluation rows' first feature and targets, or null when Fit had no evaluation set.</summary>
    private sealed record Call(double[]? EvaluationRows, double[]? EvaluationY);

    /// <summary>A mean learner that records, in a list the test owns, the evaluation set each fit was given.</summary>
    private sealed record RecordingLearner(List<Call> Calls, List<RecordedModel> Models) : IEarlyStoppingLearner<RecordedModel>
    {
        public RecordedModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
        {
            Calls.Add(new Call(null, null));
            return Keep(new RecordedModel(x.ColumnCount, y.ToArray().Average()));
        }

        public RecordedModel Fit(Matrix x, ReadOnlySpan<double> y, EvaluationSet evaluation, ReadOnlySpan<double> sampleWeight = default)
        {
            var rows = new double[evaluation.X.RowCount];
            for (var i = 0; i < rows.Length; i++) rows[i] = evaluation.X[i, 0];
            Calls.Add(new Call(rows, evaluation.Y));
            return Keep(new RecordedModel(x.ColumnCount, y.ToArray().Average()));
        }

        private RecordedModel Keep(RecordedModel model)
        {
            Models.Add(model);
            return model;
        }
    }

    private sealed class RecordedModel(int featureCount, double mean) : IRegressionModel, IDisposable
    {
        public int FeatureCount { get; } = featureCount;

        public bool Disposed { get; private set; }

        public void Predict(Matrix x, Span<double> destination)
        {
            ObjectDisposedException.ThrowIf(Disposed, this);
            destination.Fill(mean);
        }

        public void Dispose() => Disposed = true;
    }

    private sealed record PlainLearner : ILearner<RecordedModel>
    {
        public RecordedModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default) => new(x.ColumnCount, 0);
    }

    [Fact]
    public void Run_EarlyStopping_PassesEachFoldsValidationRowsAsTheEvaluationSet()
    {
        var calls = new List<Call>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse());
        var spec = new ModelSpec("stopper", new FeaturePipeline(), _ => new RecordingLearner(calls, [])) { EarlyStopping = true };

        var result = cv.Run(spec, s_train, s_y);

        Assert.Equal(2, calls.Count);
        Assert.Equal([0.0, 1, 2, 3, 4], calls[0].EvaluationRows!);
        Assert.Equal([100.0, 101, 102, 103, 104], calls[0].EvaluationY!);
        Assert.Equal([5.0, 6, 7, 8, 9], calls[1].EvaluationRows!);
        Assert.Equal([105.0, 106, 107, 108, 109], calls[1].EvaluationY!);
        Assert.Contains("early stopping: on each fold's validation rows", result.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EarlyStoppingOff_FitsWithoutEvaluationSet()
    {
        var calls = new List<Call>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse());

        var result = cv.Run(new ModelSpec("plain", new FeaturePipeline(), _ => new RecordingLearner(calls, [])), s_train, s_y);

        Assert.All(calls, call => Assert.Null(call.EvaluationY));
        Assert.DoesNotContain("early stopping", result.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EarlyStoppingWithLearnerThatCannotStop_FailsNamingModelAndLearner()
    {
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse());
        var spec = new ModelSpec("plain", new FeaturePipeline(), _ => new PlainLearner()) { EarlyStopping = true };

        var error = Assert.Throws<InvalidOperationException>(() => cv.Run(spec, s_train, s_y));

        Assert.Contains("'plain'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PlainLearner), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DisposableFoldModels_AreDisposedAfterTheirPredictions()
    {
        var models = new List<RecordedModel>();
        var cv = new CrossValidation(new KFold(2, Shuffle: false), new Rmse());

        cv.Run(new ModelSpec("m", new FeaturePipeline(), _ => new RecordingLearner([], models)), s_train, s_y, test: s_train);

        Assert.Equal(2, models.Count);
        Assert.All(models, model => Assert.True(model.Disposed));
    }
}
