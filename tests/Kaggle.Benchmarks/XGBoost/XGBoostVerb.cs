using System.Diagnostics;
using Kaggle.Core.Data;
using Kaggle.XGBoost;
using Kaggle.XGBoost.Native;

namespace Kaggle.Benchmarks.XGBoost;

/// <summary>
/// <c>xgboost</c>: <see cref="XGBoostClassifier"/> through our binding with <c>bench_xgb.py</c>'s parameters (hist,
/// binary:logistic, eta 0.1, max_bin 256, seed 0, eval_metric logloss, verbosity 0; depthwise: max_depth 8;
/// lossguide: max_depth 0, max_leaves 255), timed the way the anchor times the python binding: each repeat builds a
/// fresh training DMatrix (<c>dmatrix_seconds</c>), trains a fresh booster (<c>train_seconds</c>: booster creation,
/// parameters and every round, the hist binning included) and predicts the test set (<c>predict_seconds</c>: test
/// DMatrix and prediction), plus the process CPU time of training (<c>train_cpu_seconds</c>, steadier than wall time
/// on a shared machine, at 1 thread especially). <c>--source float32</c> (default) hands the raw float32 rows to
/// <c>XGDMatrixCreateFromMat_omp</c>; <c>--source double</c> converts them once, untimed, to a double
/// <see cref="Matrix"/> and times the learner's own path (<c>XGDMatrixCreateFromDense</c> over the doubles).
/// </summary>
internal sealed class XGBoostVerb : IBenchVerb
{
    public string Name => "xgboost";

    public string Description =>
        "XGBoost via our binding: --train --test [--target label --grow depthwise|lossguide --max-depth --max-leaves " +
        "--rounds 100 --learning-rate 0.1 --threads 2 --repeats 3 --max-bin 256 --seed 0 --source float32|double]";

    public int Run(BenchArgs args)
    {
        var target = args.String("target", "label");
        var train = XGBoostBenchData.Load(args.String("train", "/tmp/anchors_data/higgs_train.csv"), target);
        var test = XGBoostBenchData.Load(args.String("test", "/tmp/anchors_data/higgs_test.csv"), target);
        var grow = args.String("grow", "depthwise");
        var lossGuide = grow switch
        {
            "depthwise" => false,
            "lossguide" => true,
            _ => throw new ArgumentException($"--grow must be depthwise or lossguide, not '{grow}'."),
        };
        var threads = args.Int("threads", 2);
        var learner = new XGBoostClassifier
        {
            GrowPolicy = lossGuide ? XGBoostGrowPolicy.LossGuide : XGBoostGrowPolicy.DepthWise,
            MaxDepth = NoLimitAtZero(args.Int("max-depth", lossGuide ? 0 : 8)),
            MaxLeaves = NoLimitAtZero(args.Int("max-leaves", lossGuide ? 255 : 0)),
            Rounds = args.Int("rounds", 100),
            LearningRate = args.Double("learning-rate", 0.1),
            MaxBins = args.Int("max-bin", 256),
            Threads = threads,
            Seed = args.Int("seed", 0),
            EvalMetric = "logloss",
            Parameters = XGBoostParameters.Empty.With("verbosity", "0"),
        };
        var source = args.String("source", "float32");
        if (source is not ("float32" or "double"))
            throw new ArgumentException($"--source must be float32 or double, not '{source}'.");
        var repeats = args.Int("repeats", 3);

        var clock = Stopwatch.StartNew();
        var (trainMatrix, testMatrix) = source == "double" ? (ToMatrix(train), ToMatrix(test)) : (null, null);
        var toDoubleSeconds = clock.Elapsed.TotalSeconds;

        var dmatrixSeconds = new List<double>();
        var trainSeconds = new List<double>();
        var trainCpuSeconds = new List<double>();
        var predictSeconds = new List<double>();
        float[] p = [];
        for (var r = 0; r < repeats; r++)
        {
            GC.Collect();
            clock.Restart();
            using var dtrain = trainMatrix is null
                ? DMatrix.FromFloat32(train.X, train.RowCount, train.ColumnCount, threads)
                : DMatrix.FromMatrix(trainMatrix, threads);
            dtrain.SetLabels(train.Y);
            dmatrixSeconds.Add(clock.Elapsed.TotalSeconds);

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            using var model = learner.Fit(dtrain, classCount: 2);
            trainSeconds.Add(clock.Elapsed.TotalSeconds);
            trainCpuSeconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);

            clock.Restart();
            using (var dtest = testMatrix is null
                ? DMatrix.FromFloat32(test.X, test.RowCount, test.ColumnCount, threads)
                : DMatrix.FromMatrix(testMatrix, threads))
                p = model.PredictRaw(dtest, out _);
            predictSeconds.Add(clock.Elapsed.TotalSeconds);
        }

        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_xgboost",
            ["version"] = XGBoostLibrary.Version.ToString(),
            ["grow"] = grow,
            ["source"] = source,
            ["params"] = learner.ToString(),
            ["train_shape"] = new[] { train.RowCount, train.ColumnCount },
            ["test_shape"] = new[] { test.RowCount, test.ColumnCount },
            ["data"] = train.Source,
            ["load_seconds"] = Math.Round(train.LoadSeconds + test.LoadSeconds, 3),
            ["to_double_seconds"] = source == "double" ? Math.Round(toDoubleSeconds, 3) : null,
            ["dmatrix_seconds"] = BenchJson.Stats(dmatrixSeconds),
            ["train_seconds"] = BenchJson.Stats(trainSeconds),
            ["train_cpu_seconds"] = BenchJson.Stats(trainCpuSeconds),
            ["predict_seconds"] = BenchJson.Stats(predictSeconds),
            ["auc"] = Math.Round(XGBoostBenchMetrics.Auc(test.Y, p), 5),
            ["logloss"] = Math.Round(XGBoostBenchMetrics.LogLoss(test.Y, p), 5),
        });
        return 0;
    }

    /// <summary>The command line keeps XGBoost's 0 for "no limit" (as <c>bench_xgb.py</c> passes it); the learner spells it null.</summary>
    private static int? NoLimitAtZero(int value) => value > 0 ? value : null;

    private static Matrix ToMatrix(XGBoostBenchData.Split split)
    {
        var values = new double[split.X.Length];
        for (var k = 0; k < values.Length; k++) values[k] = split.X[k];
        return new Matrix(split.RowCount, split.ColumnCount, values);
    }
}
