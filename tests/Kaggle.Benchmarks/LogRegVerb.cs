using System.Diagnostics;
using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>logreg</c>: standard-scales the Higgs-like set and fits <see cref="LogisticRegression"/> (C 1, up to 1000
/// iterations), as /work/shared/anchors/bench_rf_lr.py --model lr does with scikit-learn's lbfgs; reports the scaling,
/// training and prediction seconds and the test AUC and log-loss. <c>--train</c>/<c>--test</c> name either the raw
/// float32 copies gen_data.py writes (.f32, labels in the .lbl beside them; the default, so only the learner is
/// timed) or the CSV files (read with <see cref="CsvReader"/>, label column <c>label</c>).
/// </summary>
internal sealed class LogRegVerb : IBenchVerb
{
    public string Name => "logreg";

    public string Description => "LogisticRegression on higgs .f32 or .csv (--train --test --repeats --c --max-iter --tol --threads)";

    public int Run(BenchArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var trainPath = args.String("train", "/tmp/anchors_data/higgs_train.f32");
        var testPath = args.String("test", "/tmp/anchors_data/higgs_test.f32");
        var repeats = args.Int("repeats", 3);
        var learner = new LogisticRegression
        {
            C = args.Double("c", 1.0),
            MaxIterations = args.Int("max-iter", 1000),
            Tolerance = args.Double("tol", 1e-4),
            Threads = args.Int("threads", 0),
        };

        var loading = Stopwatch.StartNew();
        var (xTrain, yTrain, _, _) = BenchData.Load(trainPath, "label");
        var (xTest, yTest, _, _) = BenchData.Load(testPath, "label");
        var loadSeconds = loading.Elapsed.TotalSeconds;
        List<double> scaleSeconds = [], trainSeconds = [], trainCpuSeconds = [], predictSeconds = [];
        LogisticRegressionModel? model = null;
        Matrix probabilities = new(0, 1);
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            var (mean, scale) = Standardizer.Fit(xTrain);
            var trainScaled = Standardizer.Apply(xTrain, mean, scale);
            scaleSeconds.Add(clock.Elapsed.TotalSeconds);

            clock.Restart();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            model = learner.Fit(trainScaled, yTrain);
            trainSeconds.Add(clock.Elapsed.TotalSeconds);
            trainCpuSeconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);

            clock.Restart();
            probabilities = model.PredictOutput(Standardizer.Apply(xTest, mean, scale));
            predictSeconds.Add(clock.Elapsed.TotalSeconds);
        }

        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_logreg",
            ["params"] = new Dictionary<string, object?> { ["C"] = learner.C, ["max_iter"] = learner.MaxIterations, ["tol"] = learner.Tolerance, ["threads"] = learner.Threads, ["scaler"] = "standard" },
            ["train_shape"] = new[] { xTrain.RowCount, xTrain.ColumnCount },
            ["load_s"] = Math.Round(loadSeconds, 3),
            ["n_iter"] = model!.Iterations,
            ["converged"] = model.Converged,
            ["scale_s"] = BenchJson.Stats(scaleSeconds),
            ["train_seconds"] = BenchJson.Stats(trainSeconds),
            ["train_cpu_s"] = BenchJson.Stats(trainCpuSeconds),
            ["predict_s"] = BenchJson.Stats(predictSeconds),
            ["auc"] = Math.Round(new RocAuc().Score(yTest, probabilities), 5),
            ["logloss"] = Math.Round(new LogLoss().Score(yTest, probabilities), 5),
        });
        return 0;
    }
}
