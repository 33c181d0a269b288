using Kaggle.Autograd.Data;

namespace Kaggle.Autograd.Tests.Data;

public sealed class ImageTransformTests
{
    [Fact]
    public void Apply_Identity_CopiesTheImage()
    {
        var image = Enumerable.Range(0, 2 * 4 * 5).Select(i => (float)Math.Cos(i)).ToArray();
        var output = new float[image.Length];

        ImageTransform.Identity.Apply(image, output, channels: 2, height: 4, width: 5);

        Assert.Equal(image, output);
    }

    [Fact]
    public void Apply_WholePixelShift_MovesEveryPixelAndFillsZeros()
    {
        var image = Enumerable.Range(1, 9).Select(i => (float)i).ToArray(); // 3×3: rows 1 2 3 / 4 5 6 / 7 8 9
        var output = new float[9];

        new ImageTransform(ShiftX: 1, ShiftY: 0).Apply(image, output, 1, 3, 3);

        Assert.Equal([0f, 1, 2, 0, 4, 5, 0, 7, 8], output);
    }

    [Fact]
    public void Apply_QuarterTurn_RotatesAboutTheCentre()
    {
        var image = new float[9];
        image[1] = 1; // top middle of a 3×3 image
        var output = new float[9];

        new ImageTransform(0, 0, RotationDegrees: 90).Apply(image, output, 1, 3, 3);

        Assert.Equal(1, output.Sum(), 5);
        Assert.Equal(1, output[3] + output[5], 5); // now on the middle row, at one side
    }

    [Fact]
    public void Apply_ImageShorterThanItsShape_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageTransform.Identity.Apply(new float[8], new float[9], 1, 3, 3));

        Assert.Contains("3×3", error.Message, StringComparison.Ordinal);
    }
}
