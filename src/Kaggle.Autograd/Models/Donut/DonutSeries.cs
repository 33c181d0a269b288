namespace Kaggle.Autograd.Models.Donut;

/// <summary>
/// One standardised series as Donut sees it: values (missing points may hold anything; they are zeroed), the
/// missing flags, and the labelled anomalies (1) that the M-ELBO leaves out of the reconstruction term (all 0 when
/// training unsupervised).
/// </summary>
public sealed record DonutSeries
{
    public DonutSeries(float[] values, bool[] missing, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(labels);
        if (missing.Length != values.Length || labels.Length != values.Length)
            throw new ArgumentException($"Donut needs one missing flag and label per value; got {values.Length} values, {missing.Length} flags, {labels.Length} labels.", nameof(labels));
        for (var i = 0; i < values.Length; i++)
            if (!missing[i] && !float.IsFinite(values[i]))
                throw new ArgumentException($"Point {i} is {values[i]} but not flagged missing; flag NaN values as missing.", nameof(values));
        Values = values;
        Missing = missing;
        Labels = labels;
    }

    public float[] Values { get; }

    public bool[] Missing { get; }

    public byte[] Labels { get; }

    public int Length => Values.Length;
}
