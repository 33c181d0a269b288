namespace Kaggle.Runner.Tests.Runner;

public sealed class FastConfigTests
{
    [Theory]
    [InlineData(1, null, 10, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(3, null, 10, new[] { 0, 3, 6, 9 })]
    [InlineData(1, 4, 10, new[] { 0, 1, 2, 3 })]
    [InlineData(3, 2, 10, new[] { 0, 3 })]
    public void Keeps_EveryAndRows_EveryKthRowThenTheFirstN(int every, int? rows, int count, int[] expected)
    {
        var fast = new FastConfig { Every = every, Rows = rows };

        Assert.Equal(expected, Enumerable.Range(0, count).Where(fast.Keeps));
    }

    [Fact]
    public void Load_NeitherIdNorSubmissionKeys_FailsNamingBoth()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kaggle-config-").FullName, "competition.json");
        File.WriteAllText(path, """{"slug":"x","metric":"rmse","task":"regression","target":"y"}""");

        var error = Assert.Throws<InvalidDataException>(() => CompetitionConfig.Load(path));

        Assert.Contains("\"id\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"submission\"", error.Message, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
