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
        var angle = Signed(ref random) * MaxRotationDegrees * Math.PI / 180;
        var zoom = 1 + (Signed(ref random) * MaxZoom);
        var (dx, dy) = (Signed(ref random) * MaxShift, Signed(ref random) * MaxShift);
        var (cx, cy) = ((Width - 1) / 2.0, (Height - 1) / 2.0);
        // The inverse map: output pixel → source point = R(−angle)·(p − centre − shift)/zoom + centre.
        var (cos, sin) = (Math.Cos(angle) / zoom, Math.Sin(angle) / zoom);
        var plane = Height * Width;
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var (u, v) = (x - cx - dx, y - cy - dy);
                var sx = (cos * u) + (sin * v) + cx;
                var sy = (-sin * u) + (cos * v) + cy;
                var (x0, y0) = ((int)Math.Floor(sx), (int)Math.Floor(sy));
                var (fx, fy) = ((float)(sx - x0), (float)(sy - y0));
                for (var c = 0; c < Channels; c++)
                {
                    var channel = image.Slice(c * plane, plane);
                    var top = ((1 - fx) * Pixel(channel, x0, y0)) + (fx * Pixel(channel, x0 + 1, y0));
                    var bottom = ((1 - fx) * Pixel(channel, x0, y0 + 1)) + (fx * Pixel(channel, x0 + 1, y0 + 1));
                    output[(c * plane) + (y * Width) + x] = ((1 - fy) * top) + (fy * bottom);
                }
            }
    }

    private float Pixel(ReadOnlySpan<float> channel, int x, int y) =>
        (uint)x < (uint)Width && (uint)y < (uint)Height ? channel[(y * Width) + x] : 0;

    /// <summary>U[−1, 1).</summary>
    private static double Signed(ref SplitMix64 random) => (2 * random.NextDouble()) - 1;
}
