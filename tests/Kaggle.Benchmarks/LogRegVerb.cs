using System.Diagnostics;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>logreg</c>: standard-scales the Higgs-like set and fits <see cref="LogisticRegression"/> (C 1, up to 1000
/// iterations), as /work/shared/anchors/bench_rf_lr.py --model lr does with scikit-learn's lbfgs; reports the scaling,
/// training and prediction seconds and the test AUC and log-loss. Reads the raw float32 copies gen_data.py writes
/// (<c>--train</c>/<c>--test</c> name the .f32 files; labels are the .lbl files beside them, one byte per row).
/// </summary>
internal sealed class LogRegVerb : IBenchVerb
{
    public string Name => "logreg";

    public string Description => "LogisticRegression on higgs .f32 (--train --test --repeats --c --max-iter --tol --threads)";

    public int Run(BenchArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var trainPath = args.String("train", "/tmp/anchors_data/higgs_train.f32");
        var testPath = args.String("test", "/tmp/anchors_data/higgs_test.f32");
        var features = args.Int("features", 28);
        var repeats = args.Int("repeats", 3);
        var learner = new LogisticRegression
        {
            C = args.Double("c", 1.0),
            MaxIterations = args.Int("max-iter", 1000),
            Tolerance = args.Double("tol", 1e-4),
            Threads = args.Int("threads", 0),
        };

        var (xTrain, yTrain) = HiggsBinary.Read(trainPath, features);
        var (xTest, yTest) = HiggsBinary.Read(testPath, features);
        List<double> scaleSeconds = [], trainSeconds = [], predictSeconds = [];
        LogisticRegressionModel? model = null;
        double[] probabilities = [];
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            var (mean, scale) = Standardizer.Fit(xTrain);
            var trainScaled = Standardizer.Apply(xTrain, mean, scale);
            scaleSeconds.Add(clock.Elapsed.TotalSeconds);

            clock.Restart();
            model = learner.Fit(trainScaled, yTrain);
            trainSeconds.Add(clock.Elapsed.TotalSeconds);

            clock.Restart();
            var output = model.PredictOutput(Standardizer.Apply(xTest, mean, scale));
            predictSeconds.Add(clock.Elapsed.TotalSeconds);
            probabilities = output.Column(0);
        }

        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_logreg",
            ["params"] = new Dictionary<string, object?> { ["C"] = learner.C, ["max_iter"] = learner.MaxIterations, ["tol"] = learner.Tolerance, ["threads"] = learner.Threads, ["scaler"] = "standard" },
            ["train_shape"] = new[] { xTrain.RowCount, xTrain.ColumnCount },
            ["n_iter"] = model!.Iterations,
            ["converged"] = model.Converged,
            ["scale_s"] = BenchJson.Stats(scaleSeconds),
            ["train_seconds"] = BenchJson.Stats(trainSeconds),
            ["predict_s"] = BenchJson.Stats(predictSeconds),
            ["auc"] = Math.Round(BinaryMetrics.Auc(yTest, probabilities), 5),
            ["logloss"] = Math.Round(BinaryMetrics.LogLoss(yTest, probabilities), 5),
        });
        return 0;
    }
}
