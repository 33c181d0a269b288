using System.Diagnostics;
using Kaggle.Core.Features;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Benchmarks.Text;

/// <summary>
/// <c>sparse-logreg</c>: TF-IDF word 1–2 + char_wb 2–5 fitted on four fifths of the training tweets (rows with
/// i mod 5 ≠ 0), then <see cref="LogisticRegression"/> on that CSR matrix; reports the fit seconds and the held-out
/// log-loss, as bench_sparse_logreg.py beside it does with scikit-learn's liblinear. <c>--solver</c> picks
/// <see cref="LogisticSolver"/> (default Auto: trust-region Newton on this binary CSR input, the algorithm liblinear runs;
/// liblinear penalises the intercept as a feature of value 1, ours leaves it unpenalised, so compare log-losses).
/// </summary>
internal sealed class SparseLogRegVerb : IBenchVerb
{
    public string Name => "sparse-logreg";

    public string Description => "LogisticRegression on Disaster Tweets TF-IDF CSR (--data --rows --repeats --c --tol --threads --solver auto|lbfgs|tron)";

    public int Run(BenchArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (train, y, _) = TweetsBenchData.Load(args.String("data", TweetsBenchData.DefaultFolder), args.Int("rows", 0));
        var repeats = args.Int("repeats", 3);
        var learner = new LogisticRegression
        {
            C = args.Double("c", 1.0),
            Tolerance = args.Double("tol", 1e-4),
            Threads = args.Int("threads", 0),
            Solver = ParseSolver(args.String("solver", "auto")),
        };
        var fitRows = Enumerable.Range(0, train.RowCount).Where(i => i % 5 != 0).ToArray();
        var holdRows = Enumerable.Range(0, train.RowCount).Where(i => i % 5 == 0).ToArray();
        var yFit = fitRows.Select(i => y[i]).ToArray();
        var yHold = holdRows.Select(i => y[i]).ToArray();

        var fitted = new FeaturePipeline(TweetsBenchData.Words, TweetsBenchData.Characters).FitTransform(train.Rows(fitRows), yFit);
        var xFit = fitted.Train.Without("text").ToFeatureMatrix().Sparse!;
        var xHold = fitted.Step.Transform(train.Rows(holdRows)).Without("text").ToFeatureMatrix().Sparse!;

        List<double> seconds = [];
        LogisticRegressionModel? model = null;
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            model = learner.Fit(xFit, yFit);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        var fittedModel = model ?? throw new ArgumentException("--repeats must be at least 1.");
        var probabilities = fittedModel.PredictOutput(xHold);
        var iterations = fittedModel.Iterations;

        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["bench"] = "kaggle_sparse_logreg",
            ["shape"] = new[] { xFit.RowCount, xFit.ColumnCount },
            ["nnz"] = xFit.NonZeroCount,
            ["C"] = learner.C,
            ["solver"] = learner.Solver.ToString(),
            ["n_iter"] = iterations,
            ["fit_s"] = BenchJson.Stats(seconds),
            ["holdout_logloss"] = Math.Round(new LogLoss().Score(yHold, probabilities), 5),
            ["holdout_auc"] = Math.Round(new RocAuc().Score(yHold, probabilities), 5),
        });
        return 0;
    }

    private static LogisticSolver ParseSolver(string name) => name.ToLowerInvariant() switch
    {
        "auto" => LogisticSolver.Auto,
        "lbfgs" => LogisticSolver.Lbfgs,
        "tron" => LogisticSolver.TrustRegionNewton,
        _ => throw new ArgumentException($"--solver must be auto, lbfgs or tron, not '{name}'."),
    };
}
