using Kaggle.Autograd.Data;

namespace Kaggle.Autograd.Tests.Data;

public sealed class DataLoaderTests
{
    [Fact]
    public void Batches_OneEpoch_CoverEveryRowOnce()
    {
        var loader = new DataLoader(103, 10, seed: 4);

        var batches = loader.Batches(0).ToList();

        Assert.Equal(11, batches.Count);
        Assert.Equal(3, batches[^1].Count);
        Assert.Equal(Enumerable.Range(0, 103), batches.SelectMany(b => b).Order());
    }

    [Fact]
    public void Order_SameSeedAndEpoch_Repeats_OtherEpochDiffers()
    {
        var loader = new DataLoader(50, 8, seed: 1);

        var first = loader.Order(2);
        var again = new DataLoader(50, 8, seed: 1).Order(2);
        var next = loader.Order(3);

        Assert.Equal(first, again);
        Assert.NotEqual(first, next);
    }

    [Fact]
    public void Batches_DropLast_LeavesOutThePartialBatch()
    {
        var loader = new DataLoader(25, 10, shuffle: false, dropLast: true);

        var batches = loader.Batches(0).ToList();

        Assert.Equal(2, batches.Count);
        Assert.Equal(Enumerable.Range(0, 20), batches.SelectMany(b => b));
    }

    [Fact]
    public void Gather_Rows_CopiesThemInOrder()
    {
        float[] source = [0, 1, 10, 11, 20, 21];
        var destination = new float[4];

        DataLoader.Gather(source, 2, [2, 0], destination);

        Assert.Equal([20f, 21f, 0f, 1f], destination);
    }
}
