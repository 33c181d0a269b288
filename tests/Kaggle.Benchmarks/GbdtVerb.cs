using Kaggle.Core.Models.Trees;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>gbdt</c>: <see cref="HistGradientBoostingClassifier"/> on a binary data set, the counterpart of
/// <c>bench_xgb.py</c>. <c>--max-leaves 0</c> means no leaf limit (XGBoost's command-line convention; the learner's is null), so
/// <c>--max-depth 8 --max-leaves 0</c> grows depth-wise trees. <c>--rows/--cols</c> take the first rows/columns
/// (the small set is <c>--rows 10000 --cols 20</c>, test rows too). Times only the fit; parsing is reported apart.
/// </summary>
internal sealed class GbdtVerb : IBenchVerb
{
    public string Name => "gbdt";

    public string Description => "histogram GBDT: --train --test [--target label --max-leaves 255 --max-depth 0 --rounds 100 --learning-rate 0.1 --threads 2 --repeats 3 --rows N --cols N]";

    public int Run(BenchArgs args)
    {
        var target = args.String("target", "label");
        var rows = args.Int("rows", 0);
        var cols = args.Int("cols", 0);
        var train = BenchData.Load(args.Required("train"), target, rows, cols);
        var test = BenchData.Load(args.Required("test"), target, rows, cols);
        var maxLeaves = args.Int("max-leaves", 255);
        var maxDepth = args.Int("max-depth", 0);
        var learner = new HistGradientBoostingClassifier
        {
            Rounds = args.Int("rounds", 100),
            LearningRate = args.Double("learning-rate", 0.1),
            MaxLeaves = maxLeaves > 0 ? maxLeaves : null,
            MaxDepth = maxDepth > 0 ? maxDepth : null,
            MinChildSamples = args.Int("min-child-samples", 20),
            MinChildWeight = args.Double("min-child-weight", 1e-3),
            L2Regularization = args.Double("l2", 0),
            Threads = args.Int("threads", 2),
            Seed = args.Int("seed", 0),
        };
        var repeats = args.Int("repeats", 3);
        var (model, trainSeconds, predictSeconds, p) = BinaryFitTimer.Run(learner, train, test, repeats);
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_gbdt",
            ["params"] = learner.ToString(),
            ["train_shape"] = new[] { train.X.RowCount, train.X.ColumnCount },
            ["test_shape"] = new[] { test.X.RowCount, test.X.ColumnCount },
            ["source"] = train.Source,
            ["rounds"] = model.Rounds,
            ["parse_seconds"] = Math.Round(train.ParseSeconds + test.ParseSeconds, 3),
            ["train_seconds"] = BenchJson.Stats(trainSeconds),
            ["predict_seconds"] = BenchJson.Stats(predictSeconds),
            ["auc"] = Math.Round(BenchMetrics.Auc(test.Y, p), 5),
            ["logloss"] = Math.Round(BenchMetrics.LogLoss(test.Y, p), 5),
        });
        return 0;
    }
}
