using System.Diagnostics;
using Kaggle.Core.Models.Svm;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>svm</c>: an RBF <see cref="SupportVectorClassifier"/> (C = 10, gamma "scale", no Platt folds, as scikit-learn's
/// default <c>probability=False</c>) on the first <c>--index-rows</c> (10,000) digit rows projected onto 50 PCA
/// components, predicting the next <c>--queries</c> (5,000) by vote; fit and predict timed apart. The counterpart of
/// <c>Anchors/bench_classic.py --model svm</c>.
/// </summary>
internal sealed class SvmVerb : IBenchVerb
{
    public string Name => "svm";

    public string Description => "RBF SVM on digits PCA-50: [--train csv --index-rows 10000 --queries 5000 --pca 50 --c 10 --threads 2 --repeats 1]";

    public int Run(BenchArgs args)
    {
        var data = Digits.Load(args, 10_000, 5_000, 50);
        var learner = new SupportVectorClassifier { C = args.Double("c", 10), PlattFolds = 0, Threads = args.Int("threads", 2) };
        var fitSeconds = new List<double>();
        var predictSeconds = new List<double>();
        SupportVectorClassificationModel? model = null;
        int[] labels = [];
        for (var r = 0; r < args.Int("repeats", 1); r++)
        {
            model = null;
            GC.Collect();
            var clock = Stopwatch.StartNew();
            model = learner.Fit(data.Train, data.TrainY);
            fitSeconds.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            labels = model.PredictByVote(data.Test);
            predictSeconds.Add(clock.Elapsed.TotalSeconds);
        }
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_svm",
            ["params"] = learner.ToString(),
            ["train_shape"] = new[] { data.Train.RowCount, data.Train.ColumnCount },
            ["source"] = data.Source,
            ["parse_seconds"] = Math.Round(data.ParseSeconds, 3),
            ["pca_seconds"] = Math.Round(data.PcaSeconds, 3),
            ["fit_seconds"] = BenchJson.Stats(fitSeconds),
            ["predict_seconds"] = BenchJson.Stats(predictSeconds),
            ["support_vectors"] = model!.SupportVectorCount,
            ["accuracy"] = Digits.Accuracy(data.TestY, labels),
        });
        return 0;
    }
}
