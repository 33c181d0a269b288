using Kaggle.Core.Models;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>rf</c>: <see cref="RandomForestClassifier"/> with scikit-learn's defaults (gini, √F features, unlimited depth,
/// bootstrap) on the first <c>--rows</c> (200,000) training rows, AUC on the whole test set; the counterpart of
/// <c>bench_rf_lr.py --model rf</c>. Times only the fit. <c>--extra</c> grows <see cref="ExtraTreesClassifier"/> instead
/// (random thresholds, no bootstrap), the counterpart of <c>Anchors/bench_classic.py --model et</c>.
/// </summary>
internal sealed class RandomForestVerb : IBenchVerb
{
    public string Name => "rf";

    public string Description => "random forest (--extra: extra trees): --train --test [--target label --trees 100 --rows 200000 --threads 2 --repeats 3 --seed 0 --extra]";

    public int Run(BenchArgs args)
    {
        var target = args.String("target", "label");
        var train = BenchData.Load(args.Required("train"), target, args.Int("rows", 200_000));
        var test = BenchData.Load(args.Required("test"), target);
        var extra = args.Switch("extra");
        var (trees, threads, seed) = (args.Int("trees", 100), args.Int("threads", 2), args.Int("seed", 0));
        ILearner<RandomForestClassificationModel> learner = extra
            ? new ExtraTreesClassifier { Trees = trees, Threads = threads, Seed = seed }
            : new RandomForestClassifier { Trees = trees, Threads = threads, Seed = seed };
        var repeats = args.Int("repeats", 3);
        var (model, trainSeconds, predictSeconds, p) = BinaryFitTimer.Run(learner, train, test, repeats);
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = extra ? "kaggle_extratrees" : "kaggle_rf",
            ["params"] = learner.ToString(),
            ["train_shape"] = new[] { train.X.RowCount, train.X.ColumnCount },
            ["source"] = train.Source,
            ["parse_seconds"] = Math.Round(train.ParseSeconds + test.ParseSeconds, 3),
            ["train_seconds"] = BenchJson.Stats(trainSeconds),
            ["predict_seconds"] = BenchJson.Stats(predictSeconds),
            ["mean_depth"] = Math.Round(model.MeanDepth, 1),
            ["mean_leaves"] = Math.Round(model.MeanLeafCount),
            ["auc"] = Math.Round(BenchMetrics.Auc(test.Y, p), 5),
            ["logloss"] = Math.Round(BenchMetrics.LogLoss(test.Y, p), 5),
        });
        return 0;
    }
}
