using Kaggle.Autograd.Data;

namespace Kaggle.Autograd.Tests.Data;

public sealed class ImageAugmentationTests
{
    [Fact]
    public void Apply_NoDistortion_CopiesTheImages()
    {
        var images = Images(3, 5, 6);
        var output = new float[2 * 30];

        new ImageAugmentation(1, 5, 6, MaxShift: 0, MaxRotationDegrees: 0, MaxZoom: 0).Apply(images, new[] { 2, 0 }, output, seed: 1, epoch: 0);

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(images[60 + i], output[i], 5);
            Assert.Equal(images[i], output[30 + i], 5);
        }
    }

    [Fact]
    public void Apply_SameSeedEpochAndRow_GivesTheSameImage_OtherEpochDiffers()
    {
        var images = Images(4, 8, 8);
        var augmentation = new ImageAugmentation(1, 8, 8);
        var (a, b, c) = (new float[64], new float[64], new float[64]);

        augmentation.Apply(images, new[] { 3 }, a, seed: 5, epoch: 1);
        augmentation.Apply(images, new[] { 3 }, b, seed: 5, epoch: 1);
        augmentation.Apply(images, new[] { 3 }, c, seed: 5, epoch: 2);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Apply_ShiftOnly_KeepsTheInkInsideTheFrame()
    {
        // A single bright pixel in the centre moves by at most the maximum shift and keeps its total intensity.
        var image = new float[9 * 9];
        image[(4 * 9) + 4] = 1;
        var output = new float[81];

        new ImageAugmentation(1, 9, 9, MaxShift: 2, MaxRotationDegrees: 0, MaxZoom: 0).Apply(image, new[] { 0 }, output, seed: 3, epoch: 0);

        Assert.Equal(1, output.Sum(), 4);
        for (var y = 0; y < 9; y++)
            for (var x = 0; x < 9; x++)
                if (output[(y * 9) + x] > 0) Assert.True(Math.Abs(x - 4) <= 2 && Math.Abs(y - 4) <= 2);
    }

    private static float[] Images(int count, int height, int width) =>
        Enumerable.Range(0, count * height * width).Select(i => (float)Math.Sin(i)).ToArray();
}
