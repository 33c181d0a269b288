using Kaggle.Core.Metrics;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// One series' validation outcome: its id, the Donut and GBDT thresholds chosen on its validation points, the
/// adjusted counts each reaches there (in-sample: <see cref="F1Counts.F1"/> flatters), and the counts each reaches
/// with thresholds chosen on the other half of the validation span (held out).
/// </summary>
public sealed record KpiResult(string Id, double DonutThreshold, F1Counts Donut, double GbdtThreshold, F1Counts Gbdt)
{
    public F1Counts DonutHeldOut { get; init; }

    public F1Counts GbdtHeldOut { get; init; }
}
