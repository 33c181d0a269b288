using Kaggle.Autograd.Kernels;

namespace Kaggle.Autograd.Data;

/// <summary>
/// Test-time augmentation for image classifiers: the model predicts each image as it is and under a few fixed, small
/// distortions (<see cref="Views"/>), and averages the class probabilities. No randomness, so predictions are
/// deterministic and each row's result does not depend on the other rows. The views: the image itself; shifts by
/// ±<see cref="Shift"/> pixels along each axis (when above 0); rotations by ±<see cref="RotationDegrees"/> (when above
/// 0); zooms by 1 ± <see cref="Zoom"/> (when above 0). Worth it when training used the same kind of distortions, so the
/// network has learned that they keep the label.
/// </summary>
/// <param name="Shift">Pixels of the four axis shifts (default 1; 0: none).</param>
/// <param name="RotationDegrees">Angle of the two rotations (default 0: none).</param>
/// <param name="Zoom">Relative zoom of the two scalings (default 0: none).</param>
public sealed record TestTimeAugmentation(double Shift = 1, double RotationDegrees = 0, double Zoom = 0)
{
    /// <summary>The distortions whose predictions are averaged, the identity first.</summary>
    public IReadOnlyList<ImageTransform> Views
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(Shift);
            ArgumentOutOfRangeException.ThrowIfNegative(RotationDegrees);
            ArgumentOutOfRangeException.ThrowIfNegative(Zoom);
            if (Zoom >= 1) throw new ArgumentOutOfRangeException(nameof(Zoom), Zoom, "Zoom must be below 1.");
            var views = new List<ImageTransform> { ImageTransform.Identity };
            if (Shift > 0) views.AddRange([new(Shift, 0), new(-Shift, 0), new(0, Shift), new(0, -Shift)]);
            if (RotationDegrees > 0) views.AddRange([new(0, 0, RotationDegrees), new(0, 0, -RotationDegrees)]);
            if (Zoom > 0) views.AddRange([new(0, 0, 0, 1 + Zoom), new(0, 0, 0, 1 - Zoom)]);
            return views;
        }
    }

    /// <summary>
    /// The <paramref name="images"/> (rows of channels × height × width values) under <paramref name="view"/>, in a new
    /// array; rows are warped in parallel, each independently.
    /// </summary>
    public static float[] Warp(float[] images, ImageTransform view, int channels, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(images);
        var size = channels * height * width;
        var result = new float[images.Length];
        Parallelism.For(images.Length / size, size * 8, i =>
            view.Apply(images.AsSpan(i * size, size), result.AsSpan(i * size, size), channels, height, width));
        return result;
    }
}
