using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Features;

/// <summary>Cell-by-cell frame comparison for feature-step tests (NaN equals NaN).</summary>
internal static class FrameAssert
{
    public static void Equal(Frame expected, Frame actual)
    {
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (var j = 0; j < expected.ColumnCount; j++)
        {
            Assert.Equal(expected[j].Kind, actual[j].Kind);
            for (var i = 0; i < expected.RowCount; i++)
                Assert.True(expected[j].Format(i) == actual[j].Format(i),
                    $"Column '{expected[j].Name}' row {i}: expected {expected[j].Format(i) ?? "NA"}, got {actual[j].Format(i) ?? "NA"}.");
        }
    }

    public static double[] Numbers(Frame frame, string column) => frame.Numeric(column).ToArray();
}
