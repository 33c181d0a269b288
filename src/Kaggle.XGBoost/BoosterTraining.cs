using System.Globalization;
using Kaggle.XGBoost.Native;

namespace Kaggle.XGBoost;

/// <summary>
/// The boosting loop of <c>xgboost.train</c> over the C API: one <c>XGBoosterUpdateOneIter</c> per round and, with a
/// validation set, one <c>XGBoosterEvalOneIter</c> per round feeding early stopping with the python binding's rule
/// (stop once the last metric has not strictly improved for the given number of rounds; keep the best round).
/// </summary>
internal static class BoosterTraining
{
    private const string ValidationName = "valid";

    // The python binding's list (xgboost/callback.py, EarlyStopping): metrics with these prefixes are maximized.
    private static readonly string[] s_maximized = ["auc", "aucpr", "pre", "map", "ndcg"];

    public static FittedBooster Run(
        IReadOnlyList<KeyValuePair<string, string>> parameters, DMatrix train, DMatrix? validation, int rounds, int earlyStoppingRounds, FittedBooster.Info info)
    {
        // Cache the training set (and the validation set) in the booster, as xgboost.train does: XGBoost then keeps
        // their predictions up to date incrementally instead of re-predicting every tree each round.
        var booster = validation is null ? Booster.Create([train]) : Booster.Create([train, validation]);
        try
        {
            foreach (var (name, value) in parameters)
                booster.SetParam(name, value);
            var bestIteration = rounds - 1;
            var bestScore = double.NaN;
            var scores = new List<double>();
            List<string> log;
            XGBoostLog.BeginCapture();
            try
            {
                for (var iteration = 0; iteration < rounds; iteration++)
                {
                    booster.UpdateOneIter(iteration, train);
                    if (iteration == 0)
                        ThrowOnUnusedParameters(XGBoostLog.Captured);
                    if (validation is null)
                        continue;
                    var (metric, score) = ParseEvaluation(booster.Evaluate(iteration, validation, ValidationName));
                    scores.Add(score);
                    if (earlyStoppingRounds == 0)
                    {
                        bestScore = score;
                        continue;
                    }
                    if (iteration == 0 || Improves(metric, score, bestScore))
                    {
                        bestIteration = iteration;
                        bestScore = score;
                    }
                    else if (iteration - bestIteration >= earlyStoppingRounds)
                    {
                        break;
                    }
                }
            }
            finally
            {
                log = XGBoostLog.EndCapture();
            }
            foreach (var message in log)
                Console.Error.WriteLine(message.TrimEnd());
            return new FittedBooster(booster, info, bestIteration, bestScore, [.. scores]);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    /// <summary>Splits XGBoost's evaluation line, e.g. <c>[12]\tvalid-logloss:0.4812...</c>, into the metric name and value.</summary>
    internal static (string Metric, double Score) ParseEvaluation(string line)
    {
        var last = line[(line.LastIndexOf('\t') + 1)..];
        var colon = last.LastIndexOf(':');
        var dash = last.IndexOf('-', StringComparison.Ordinal);
        if (colon < 0 || dash < 0 || dash > colon)
            Throw.XGBoost($"Cannot read XGBoost's evaluation line '{line}'.");
        var metric = last[(dash + 1)..colon];
        var score = double.TryParse(last.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
        return (metric, score);
    }

    internal static bool Improves(string metric, double score, double best)
    {
        var maximize = metric != "mape" && s_maximized.Any(prefix => metric.StartsWith(prefix, StringComparison.Ordinal));
        return maximize ? score > best : score < best;
    }

    /// <summary>
    /// XGBoost only warns about parameters no component reads (a typo such as <c>max_dept</c> would silently train with
    /// defaults); the warning is logged while the first round configures the booster, so it is turned into an error here.
    /// </summary>
    private static void ThrowOnUnusedParameters(IReadOnlyList<string> messages)
    {
        foreach (var message in messages)
            if (message.Contains("are not used", StringComparison.Ordinal) || message.Contains("might not be used", StringComparison.Ordinal))
                Throw.XGBoost($"XGBoost does not know some parameters: {message.Trim()}");
    }
}
