using Kaggle.Core.Metrics;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// The time-ordered validation of a <see cref="KpiAnomalyPipeline"/>: per-series results and the overall adjusted F1
/// of Donut alone and the GBDT alone (counts of all series concatenated), and which one <see cref="Chosen"/> is
/// submitted. Thresholds were chosen on these same validation points, so the scores are optimistic by that much.
/// </summary>
public sealed record KpiValidation(IReadOnlyList<KpiResult> Series, IReadOnlyList<string> Notes)
{
    /// <summary>Where each series' validation fit went (wall seconds on its worker).</summary>
    public IReadOnlyList<KpiTiming> Timings { get; init; } = [];

    public double DonutF1 => Series.Aggregate(default(F1Counts), (sum, r) => sum + r.Donut).F1;

    public double GbdtF1 => Series.Aggregate(default(F1Counts), (sum, r) => sum + r.Gbdt).F1;

    /// <summary>"gbdt" or "donut": the detector with the higher overall validation F1 (the GBDT on a tie).</summary>
    public string Chosen => DonutF1 > GbdtF1 ? "donut" : "gbdt";

    /// <summary>The chosen detector's overall validation F1.</summary>
    public double ChosenF1 => Math.Max(DonutF1, GbdtF1);
}
