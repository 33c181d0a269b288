using System.Globalization;

namespace Kaggle.Core.Data;

/// <summary>A column of UTC points in time stored as <see cref="DateTime.Ticks"/>; <see cref="long.MinValue"/> marks a missing value.</summary>
public sealed class TimestampColumn : Column
{
    public const long Missing = long.MinValue;

    private readonly long[] _ticks;

    /// <summary>Wraps UTC ticks without copying.</summary>
    public TimestampColumn(string name, long[] ticks)
        : base(name, (ticks ?? throw new ArgumentNullException(nameof(ticks))).Length) => _ticks = ticks;

    public override ColumnKind Kind => ColumnKind.Timestamp;

    public ReadOnlySpan<long> Ticks => _ticks;

    public DateTime? this[int row] => _ticks[row] == Missing ? null : new DateTime(_ticks[row], DateTimeKind.Utc);

    public override bool IsMissing(int row) => _ticks[row] == Missing;

    public override Column Take(ReadOnlySpan<int> rows)
    {
        var result = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++) result[i] = _ticks[rows[i]];
        return new TimestampColumn(Name, result);
    }

    public override Column Rename(string name) => new TimestampColumn(name, _ticks);

    public override string? Format(int row) =>
        _ticks[row] == Missing ? null : new DateTime(_ticks[row], DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>Seconds since the Unix epoch, NaN when missing: the numeric form learners take.</summary>
    public NumericColumn ToUnixSeconds(string? name = null)
    {
        var values = new double[Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = _ticks[i] == Missing ? double.NaN : (_ticks[i] - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerSecond;
        return new NumericColumn(name ?? Name, values);
    }
}
