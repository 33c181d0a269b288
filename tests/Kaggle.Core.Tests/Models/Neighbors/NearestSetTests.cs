using Kaggle.Core.Models.Neighbors;

namespace Kaggle.Core.Tests.Models.Neighbors;

public sealed class NearestSetTests
{
    [Fact]
    public void Drain_OffersInAnyOrder_NearestFirstTiesByLowerRow()
    {
        var set = new NearestSet(4);
        (double Distance, int Row)[] offers = [(3, 9), (1, 7), (2, 5), (1, 2), (2, 1), (0.5, 8), (2, 0)];
        foreach (var (distance, row) in offers) set.Offer(distance, row);
        var rows = new int[4];
        var distances = new double[4];

        set.Drain(rows, distances);

        Assert.Equal([8, 2, 7, 0], rows);
        Assert.Equal([0.5, 1, 1, 2], distances);
    }

    [Fact]
    public void Worst_FewerOffersThanK_IsInfinity()
    {
        var set = new NearestSet(3);

        set.Offer(1, 0);

        Assert.Equal(double.PositiveInfinity, set.Worst);
    }
}
