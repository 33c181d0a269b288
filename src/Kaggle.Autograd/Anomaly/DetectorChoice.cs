using System.Globalization;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// One way to raise alarms that validation compares: a detector ("donut" or "gbdt") with either a threshold per KPI
/// or one threshold shared by all KPIs (<see cref="SharedThreshold"/>, then <see cref="Threshold"/>), and the overall
/// adjusted F1 it reaches with thresholds chosen on the other half of the validation span (<see cref="HeldOutF1"/>,
/// what decides) and on the scored points themselves (<see cref="InSampleF1"/>, optimistic).
/// </summary>
public sealed record DetectorChoice(string Detector, bool SharedThreshold, double Threshold, double HeldOutF1, double InSampleF1)
{
    /// <summary>E.g. "gbdt, one threshold for all KPIs".</summary>
    public override string ToString() =>
        Detector + (SharedThreshold ? string.Create(CultureInfo.InvariantCulture, $", one threshold for all KPIs ({Threshold:G6})") : ", a threshold per KPI");
}
