using Kaggle.Autograd.Kernels;
using Kaggle.Core;

namespace Kaggle.Autograd.Data;

/// <summary>
/// Random affine distortions of [channels, height, width] images for training: a rotation of up to
/// ±<see cref="MaxRotationDegrees"/>, a zoom by a factor in 1 ± <see cref="MaxZoom"/>, and a shift of up to
/// ±<see cref="MaxShift"/> pixels on each axis, all about the image centre, sampled bilinearly with zeros outside
/// (black background, as in MNIST). Each image's parameters come from (seed, epoch, row), so results do not depend on
/// thread scheduling.
/// </summary>
public sealed record ImageAugmentation(int Channels = 1, int Height = 28, int Width = 28, double MaxShift = 2,
    double MaxRotationDegrees = 10, double MaxZoom = 0.1)
{
    /// <summary>
    /// Writes the distorted <paramref name="source"/> images (row-major, one image per row) for
    /// <paramref name="rows"/> into consecutive images of <paramref name="destination"/>.
    /// </summary>
    public void Apply(float[] source, ArraySegment<int> rows, float[] destination, int seed, int epoch)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var size = Channels * Height * Width;
        if (destination.Length < rows.Count * size)
            throw new ArgumentException($"The destination holds {destination.Length} values; {rows.Count} images need {rows.Count * size}.", nameof(destination));
        Parallelism.For(rows.Count, size * 8, i =>
        {
            var row = rows[i];
            if ((long)(row + 1) * size > source.Length)
                throw new ArgumentOutOfRangeException(nameof(rows), $"Row {row} is outside the {source.Length / size} source images.");
            var random = new SplitMix64(SplitMix64.Derive(seed, epoch, row));
            Warp(source.AsSpan(row * size, size), destination.AsSpan(i * size, size), ref random);
        });
    }

    private void Warp(ReadOnlySpan<float> image, Span<float> output, ref SplitMix64 random)
    {
        var degrees = Signed(ref random) * MaxRotationDegrees;
        var zoom = 1 + (Signed(ref random) * MaxZoom);
        var (dx, dy) = (Signed(ref random) * MaxShift, Signed(ref random) * MaxShift);
        new ImageTransform(dx, dy, degrees, zoom).Apply(image, output, Channels, Height, Width);
    }

    /// <summary>U[−1, 1).</summary>
    private static double Signed(ref SplitMix64 random) => (2 * random.NextDouble()) - 1;
}
