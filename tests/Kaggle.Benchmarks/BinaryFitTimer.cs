using System.Diagnostics;
using Kaggle.Core.Models;

namespace Kaggle.Benchmarks;

/// <summary>
/// The timed loop of the binary-classifier verbs: each repeat fits a fresh model (after a full collection, so one
/// repeat's garbage does not land in the next one's time) and predicts the test set; fit and predict are timed apart.
/// </summary>
internal static class BinaryFitTimer
{
    public sealed record Timing<TModel>(TModel Model, List<double> TrainSeconds, List<double> PredictSeconds, double[] PositiveProbabilities);

    public static Timing<TModel> Run<TModel>(ILearner<TModel> learner, BenchData.Split train, BenchData.Split test, int repeats)
        where TModel : class, IClassificationModel
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var trainSeconds = new List<double>();
        var predictSeconds = new List<double>();
        TModel? model = null;
        double[] p = [];
        for (var r = 0; r < repeats; r++)
        {
            model = null;
            GC.Collect();
            var clock = Stopwatch.StartNew();
            model = learner.Fit(train.X, train.Y);
            trainSeconds.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            var probabilities = model.PredictProbabilities(test.X);
            predictSeconds.Add(clock.Elapsed.TotalSeconds);
            p = Enumerable.Range(0, test.X.RowCount).Select(i => probabilities[i, 1]).ToArray();
        }
        return new Timing<TModel>(model!, trainSeconds, predictSeconds, p);
    }
}
