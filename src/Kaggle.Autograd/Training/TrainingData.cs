namespace Kaggle.Autograd.Training;

/// <summary>
/// Rows for the <see cref="Trainer"/>: <see cref="Features"/> is row-major, one sample of <see cref="SampleShape"/>
/// per row (e.g. [784] for tabular rows, [1, 28, 28] for images). Exactly one of <see cref="Labels"/> (class indices,
/// cross-entropy) and <see cref="Targets"/> (one value per row, squared error) is set; <see cref="Weights"/> is
/// optional (all 1 when null).
/// </summary>
public sealed record TrainingData(float[] Features, Shape SampleShape, int[]? Labels = null, float[]? Targets = null, float[]? Weights = null)
{
    public int RowCount => Features.Length / SampleShape.Size;

    internal void Validate()
    {
        if (SampleShape.Size == 0 || Features.Length % SampleShape.Size != 0)
            throw new ArgumentException($"{Features.Length} feature values do not split into samples of shape {SampleShape}.");
        if ((Labels is null) == (Targets is null))
            throw new ArgumentException("Give exactly one of Labels (classification) and Targets (regression).");
        var count = Labels?.Length ?? Targets!.Length;
        if (count != RowCount)
            throw new ArgumentException($"There are {RowCount} samples but {count} labels or targets.");
        if (Weights is not null && Weights.Length != RowCount)
            throw new ArgumentException($"There are {RowCount} samples but {Weights.Length} weights.");
    }
}
