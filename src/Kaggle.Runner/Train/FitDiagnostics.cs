using Kaggle.Core.Validation;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Train;

/// <summary>
/// Accumulates, per model over its fold fits, the feature importances or coefficients (matched by feature name, since
/// a fold's encoders may make other columns) and the boosters' validation curves, for the run record and its report.
/// </summary>
internal sealed class FitDiagnostics
{
    /// <summary>How many features per model the record keeps (the largest by magnitude).</summary>
    public const int TopFeatures = 30;

    private readonly Dictionary<string, Importances> _importance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Metric, List<IReadOnlyList<double>> Fits)> _curves = new(StringComparer.Ordinal);

    public void Add(string model, FoldReport report)
    {
        if (report.Model is not { } fitted) return;
        if (FitInsight.Importance(fitted) is var (kind, values) && values.Length == report.FeatureNames.Count)
        {
            if (!_importance.TryGetValue(model, out var sums)) _importance[model] = sums = new Importances(kind);
            sums.Add(report.FeatureNames, values);
        }
        if (FitInsight.ValidationCurve(fitted) is var (metric, curve))
        {
            if (!_curves.TryGetValue(model, out var fits)) _curves[model] = fits = (metric, []);
            fits.Fits.Add([.. curve]);
        }
    }

    public Dictionary<string, FeatureImportanceRecord> Importance() =>
        _importance.ToDictionary(p => p.Key, p => p.Value.Record(TopFeatures), StringComparer.Ordinal);

    public Dictionary<string, LearningCurveRecord> Curves() =>
        _curves.ToDictionary(p => p.Key, p => Mean(p.Value.Metric, p.Value.Fits), StringComparer.Ordinal);

    private static LearningCurveRecord Mean(string metric, List<IReadOnlyList<double>> curves)
    {
        var rounds = curves.Max(c => c.Count);
        var mean = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            var reached = curves.Where(c => c.Count > r).ToList();
            mean[r] = reached.Average(c => c[r]);
        }
        return new LearningCurveRecord(metric, curves.Count, mean);
    }

    /// <summary>Running sums per feature name; a fit without the feature counts as 0 for it.</summary>
    private sealed class Importances(string kind)
    {
        private readonly Dictionary<string, (double Sum, double Squares)> _sums = new(StringComparer.Ordinal);
        private int _fits;

        public void Add(IReadOnlyList<string> names, double[] values)
        {
            _fits++;
            for (var j = 0; j < names.Count; j++)
            {
                var (sum, squares) = _sums.GetValueOrDefault(names[j]);
                _sums[names[j]] = (sum + values[j], squares + values[j] * values[j]);
            }
        }

        public FeatureImportanceRecord Record(int top)
        {
            var features = _sums.Select(p =>
                {
                    var mean = p.Value.Sum / _fits;
                    return new FeatureWeight(p.Key, mean, Math.Sqrt(Math.Max(0, p.Value.Squares / _fits - mean * mean)));
                })
                .OrderByDescending(w => Math.Abs(w.Mean)).ThenBy(w => w.Feature, StringComparer.Ordinal)
                .Take(top).ToList();
            return new FeatureImportanceRecord(kind, _sums.Count, features);
        }
    }
}
