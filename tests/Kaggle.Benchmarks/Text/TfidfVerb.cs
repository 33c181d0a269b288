using System.Diagnostics;
using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace Kaggle.Benchmarks.Text;

/// <summary>
/// <c>tfidf</c>: fits and applies TF-IDF word 1–2 and char_wb 2–5 to all tweets (train + test), as bench_tfidf.py
/// beside it does with scikit-learn; reports seconds, vocabulary sizes, stored entries and value checksums so the two
/// outputs can be compared (same vocabulary sizes and sums to 1e-6).
/// </summary>
internal sealed class TfidfVerb : IBenchVerb
{
    public string Name => "tfidf";

    public string Description => "TF-IDF word 1-2 + char_wb 2-5 on the Disaster Tweets (--data --rows --repeats)";

    public int Run(BenchArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (train, _, test) = TweetsBenchData.Load(args.String("data", TweetsBenchData.DefaultFolder), args.Int("rows", 0));
        var repeats = args.Int("repeats", 3);
        var all = Frame.Concat(train, test);
        var pipeline = new FeaturePipeline(TweetsBenchData.Words, TweetsBenchData.Characters);

        List<double> seconds = [];
        Frame output = all;
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            output = pipeline.FitTransform(all, default).Train;
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        var words = ((SparseBlockColumn)output["words"]).Matrix;
        var chars = ((SparseBlockColumn)output["chars"]).Matrix;
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_tfidf",
            ["documents"] = all.RowCount,
            ["vocab_word"] = words.ColumnCount,
            ["vocab_char"] = chars.ColumnCount,
            ["nnz"] = words.NonZeroCount + chars.NonZeroCount,
            ["sum_word"] = Math.Round(Sum(words), 6),
            ["sum_char"] = Math.Round(Sum(chars), 6),
            ["fit_transform_s"] = BenchJson.Stats(seconds),
        });
        return 0;
    }

    private static double Sum(CsrMatrix matrix)
    {
        var sum = 0.0;
        foreach (var v in matrix.Values) sum += v;
        return sum;
    }
}
