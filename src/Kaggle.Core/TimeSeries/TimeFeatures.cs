namespace Kaggle.Core.TimeSeries;

/// <summary>
/// Calendar features of a Unix timestamp in a fixed UTC offset (the KPI data is from China, UTC+8, so a day
/// boundary in local time is at 16:00 UTC; the offset is the caller's choice).
/// </summary>
public static class TimeFeatures
{
    /// <summary>Minutes since local midnight, 0–1439.</summary>
    public static int MinuteOfDay(long unixSeconds, long offsetSeconds = 0) =>
        (int)(Mod(unixSeconds + offsetSeconds, 86_400) / 60);

    /// <summary>Local day of the week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).</summary>
    public static int DayOfWeek(long unixSeconds, long offsetSeconds = 0)
    {
        var local = unixSeconds + offsetSeconds;
        var days = (local - Mod(local, 86_400)) / 86_400;
        return (int)Mod(days + 3, 7);
    }

    private static long Mod(long a, long m) => ((a % m) + m) % m;
}
