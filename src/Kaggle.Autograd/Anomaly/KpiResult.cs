using Kaggle.Core.Metrics;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// One series' validation outcome: its id, the Donut and GBDT thresholds chosen on its validation points, and the
/// adjusted counts each reaches there (their <see cref="F1Counts.F1"/> is the per-KPI score).
/// </summary>
public sealed record KpiResult(string Id, double DonutThreshold, F1Counts Donut, double GbdtThreshold, F1Counts Gbdt);
