using System.Diagnostics;
using Kaggle.Core.Data;
using Kaggle.Core.Models.Decomposition;

namespace Kaggle.Benchmarks;

/// <summary>
/// The digit-recognizer training set (42,000 × 784 pixels, label first) for the classic-algorithm verbs, split into
/// the first <c>--index-rows</c> rows (training / search index) and the next <c>--queries</c> rows (test / queries),
/// optionally projected onto <c>--pca</c> components fitted on the first part only. scikit-learn's anchor
/// (Anchors/bench_classic.py) makes the same split.
/// </summary>
internal static class Digits
{
    public const string DefaultPath = "/work/shared/data/digit-recognizer/train.csv.gz";

    public sealed record Split(Matrix Train, double[] TrainY, Matrix Test, double[] TestY, double ParseSeconds, double PcaSeconds, string Source);

    public static Split Load(BenchArgs args, int defaultIndexRows, int defaultQueries, int defaultPca)
    {
        var data = BenchData.Load(args.String("train", DefaultPath), "label");
        var indexRows = Math.Min(args.Int("index-rows", defaultIndexRows), data.X.RowCount);
        var queries = Math.Min(args.Int("queries", defaultQueries), data.X.RowCount - indexRows);
        var components = args.Int("pca", defaultPca);
        var train = data.X.Rows([.. Enumerable.Range(0, indexRows)]);
        var test = data.X.Rows([.. Enumerable.Range(indexRows, queries)]);
        var pcaSeconds = 0.0;
        if (components > 0)
        {
            var clock = Stopwatch.StartNew();
            var pca = new Pca { Components = components }.Fit(train);
            (train, test) = (pca.Transform(train), pca.Transform(test));
            pcaSeconds = clock.Elapsed.TotalSeconds;
        }
        return new Split(train, data.Y[..indexRows], test, data.Y[indexRows..(indexRows + queries)], data.ParseSeconds, pcaSeconds, data.Source);
    }

    public static double Accuracy(ReadOnlySpan<double> y, ReadOnlySpan<int> predicted)
    {
        var hits = 0;
        for (var i = 0; i < y.Length; i++) if ((int)y[i] == predicted[i]) hits++;
        return y.Length == 0 ? 0 : Math.Round((double)hits / y.Length, 5);
    }
}
