using Kaggle.Core.IO;
using Kaggle.Runner.Train;

namespace Kaggle.Runner.Tests.Train;

public sealed class DataFileHashesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hashes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Of_UnchangedFile_GivesTheContentHash()
    {
        var path = Path.Combine(_folder, "train.csv");
        File.WriteAllText(path, "id,y\n1,0\n");
        var hashes = new DataFileHashes();

        Assert.Equal(ContentHash.OfFile(path), hashes.Of(path));
        Assert.Equal(ContentHash.OfFile(path), hashes.Of(path));
    }

    [Fact]
    public void Of_FileRewrittenSinceTheFirstHash_HashesItAgain()
    {
        var path = Path.Combine(_folder, "train.csv");
        File.WriteAllText(path, "id,y\n1,0\n");
        var hashes = new DataFileHashes();
        var first = hashes.Of(path);

        File.WriteAllText(path, "id,y\n1,1\n");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));

        Assert.NotEqual(first, hashes.Of(path));
        Assert.Equal(ContentHash.OfFile(path), hashes.Of(path));
    }
}
