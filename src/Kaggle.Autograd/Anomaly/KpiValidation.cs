using Kaggle.Core.Metrics;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// The time-ordered validation of a <see cref="KpiAnomalyPipeline"/>: per-series results, and the four ways of raising
/// alarms it compares (<see cref="Choices"/>: Donut or the GBDT, a threshold per KPI or one for all), each scored by
/// the overall adjusted F1 (all series concatenated) with thresholds chosen on the other half of the validation span,
/// as the test points will meet thresholds chosen on earlier data. The best of them is submitted (<see cref="Chosen"/>)
/// and its held-out F1 is the run's score; the in-sample F1s (thresholds chosen on the scored points) are kept to show
/// how much that flatters.
/// </summary>
public sealed record KpiValidation(IReadOnlyList<KpiResult> Series, IReadOnlyList<string> Notes, IReadOnlyList<DetectorChoice> Choices)
{
    /// <summary>Where each series' validation fit went (wall seconds on its worker).</summary>
    public IReadOnlyList<KpiTiming> Timings { get; init; } = [];

    /// <summary>Donut with per-KPI thresholds, in-sample.</summary>
    public double DonutF1 => Sum(r => r.Donut);

    /// <summary>The GBDT with per-KPI thresholds, in-sample.</summary>
    public double GbdtF1 => Sum(r => r.Gbdt);

    /// <summary>The choice with the best held-out F1 (the first listed on a tie).</summary>
    public DetectorChoice Chosen => Choices.MaxBy(c => c.HeldOutF1) ?? throw new InvalidOperationException("No detector was validated.");

    /// <summary>The chosen way's held-out F1: the run's score.</summary>
    public double ChosenF1 => Chosen.HeldOutF1;

    /// <summary>Donut with per-KPI thresholds, held out (0 without Donut).</summary>
    public double DonutHeldOutF1 => Sum(r => r.DonutHeldOut);

    /// <summary>The GBDT with per-KPI thresholds, held out.</summary>
    public double GbdtHeldOutF1 => Sum(r => r.GbdtHeldOut);

    /// <summary>The adjusted F1 of all <paramref name="series"/> concatenated: their <paramref name="counts"/> added.</summary>
    internal static double Overall(IEnumerable<KpiResult> series, Func<KpiResult, F1Counts> counts) =>
        series.Aggregate(default(F1Counts), (sum, r) => sum + counts(r)).F1;

    private double Sum(Func<KpiResult, F1Counts> counts) => Overall(Series, counts);
}
