namespace Kaggle.Autograd.Data;

/// <summary>
/// One affine distortion of a [channels, height, width] image about its centre: a rotation by
/// <paramref name="RotationDegrees"/> (counter-clockwise on screen for positive angles), a zoom by
/// <paramref name="Zoom"/> and a shift by (<paramref name="ShiftX"/>, <paramref name="ShiftY"/>) pixels, sampled
/// bilinearly with zeros outside the image (a black background, as in MNIST). The random training distortions of
/// <see cref="ImageAugmentation"/> and the fixed views of <see cref="TestTimeAugmentation"/> both apply it.
/// </summary>
public readonly record struct ImageTransform(double ShiftX, double ShiftY, double RotationDegrees = 0, double Zoom = 1)
{
    /// <summary>The identity: the image as it is.</summary>
    public static ImageTransform Identity => new(0, 0);

    /// <summary>Writes the distorted <paramref name="image"/> into <paramref name="output"/> (both channels × height × width, row-major).</summary>
    public void Apply(ReadOnlySpan<float> image, Span<float> output, int channels, int height, int width)
    {
        var plane = height * width;
        if (image.Length < channels * plane || output.Length < channels * plane)
            throw new ArgumentException($"A {channels}×{height}×{width} image needs {channels * plane} values; got {image.Length} in and {output.Length} out.");
        var angle = RotationDegrees * Math.PI / 180;
        var (cx, cy) = ((width - 1) / 2.0, (height - 1) / 2.0);
        // The inverse map: output pixel → source point = R(−angle)·(p − centre − shift)/zoom + centre.
        var (cos, sin) = (Math.Cos(angle) / Zoom, Math.Sin(angle) / Zoom);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var (u, v) = (x - cx - ShiftX, y - cy - ShiftY);
                var sx = (cos * u) + (sin * v) + cx;
                var sy = (-sin * u) + (cos * v) + cy;
                var (x0, y0) = ((int)Math.Floor(sx), (int)Math.Floor(sy));
                var (fx, fy) = ((float)(sx - x0), (float)(sy - y0));
                for (var c = 0; c < channels; c++)
                {
                    var channel = image.Slice(c * plane, plane);
                    var top = ((1 - fx) * Pixel(channel, x0, y0, height, width)) + (fx * Pixel(channel, x0 + 1, y0, height, width));
                    var bottom = ((1 - fx) * Pixel(channel, x0, y0 + 1, height, width)) + (fx * Pixel(channel, x0 + 1, y0 + 1, height, width));
                    output[(c * plane) + (y * width) + x] = ((1 - fy) * top) + (fy * bottom);
                }
            }
    }

    private static float Pixel(ReadOnlySpan<float> channel, int x, int y, int height, int width) =>
        (uint)x < (uint)width && (uint)y < (uint)height ? channel[(y * width) + x] : 0;
}
