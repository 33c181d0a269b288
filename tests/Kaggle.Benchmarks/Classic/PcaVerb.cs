using System.Diagnostics;
using Kaggle.Core.Models.Decomposition;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>pca</c>: <see cref="Pca"/> of the whole digit-recognizer training set (42,000 × 784) to <c>--components</c>
/// (50) with <c>--solver</c> auto (randomized here, as scikit-learn's rule picks) or full; fit plus transform of the
/// same rows is timed. The counterpart of <c>Anchors/bench_classic.py --model pca</c>.
/// </summary>
internal sealed class PcaVerb : IBenchVerb
{
    public string Name => "pca";

    public string Description => "PCA of digits: [--train csv --rows 42000 --components 50 --solver auto|full|randomized --repeats 1]";

    public int Run(BenchArgs args)
    {
        var data = BenchData.Load(args.String("train", Digits.DefaultPath), "label", args.Int("rows", 0));
        var pca = new Pca { Components = args.Int("components", 50), Solver = Enum.Parse<PcaSolver>(args.String("solver", "auto"), ignoreCase: true) };
        var seconds = new List<double>();
        PcaModel? model = null;
        for (var r = 0; r < args.Int("repeats", 1); r++)
        {
            model = null;
            GC.Collect();
            var clock = Stopwatch.StartNew();
            model = pca.Fit(data.X);
            _ = model.Transform(data.X);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_pca",
            ["params"] = pca.ToString(),
            ["shape"] = new[] { data.X.RowCount, data.X.ColumnCount },
            ["source"] = data.Source,
            ["parse_seconds"] = Math.Round(data.ParseSeconds, 3),
            ["fit_transform_seconds"] = BenchJson.Stats(seconds),
            ["explained_variance_ratio_sum"] = Math.Round(model!.ExplainedVarianceRatio.Sum(), 5),
        });
        return 0;
    }
}
