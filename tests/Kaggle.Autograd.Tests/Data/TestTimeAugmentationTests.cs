using Kaggle.Autograd.Data;

namespace Kaggle.Autograd.Tests.Data;

public sealed class TestTimeAugmentationTests
{
    [Fact]
    public void Views_Default_AreTheImageAndFourOnePixelShifts()
    {
        var views = new TestTimeAugmentation().Views;

        Assert.Equal([ImageTransform.Identity, new(1, 0), new(-1, 0), new(0, 1), new(0, -1)], views);
    }

    [Fact]
    public void Views_ShiftsRotationsAndZooms_AreNineWithTheIdentityFirst()
    {
        var views = new TestTimeAugmentation(Shift: 2, RotationDegrees: 8, Zoom: 0.1).Views;

        Assert.Equal(9, views.Count);
        Assert.Equal(ImageTransform.Identity, views[0]);
        Assert.Contains(new ImageTransform(0, 0, -8), views);
        Assert.Contains(new ImageTransform(0, 0, 0, 0.9), views);
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -5, 0)]
    [InlineData(0, 0, 1)]
    public void Views_InvalidSetting_Throws(double shift, double degrees, double zoom) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new TestTimeAugmentation(shift, degrees, zoom).Views);

    [Fact]
    public void Warp_EachRow_EqualsTheTransformOfThatRowAlone()
    {
        var images = Enumerable.Range(0, 3 * 16).Select(i => (float)Math.Sin(i)).ToArray();
        var view = new ImageTransform(0.5, -1, 7, 1.05);
        var single = new float[16];

        var warped = TestTimeAugmentation.Warp(images, view, 1, 4, 4);

        view.Apply(images.AsSpan(32, 16), single, 1, 4, 4);
        Assert.Equal(single, warped[32..]);
    }
}
