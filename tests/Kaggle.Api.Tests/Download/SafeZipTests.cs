using System.IO.Compression;
using Kaggle.Api.Download;

namespace Kaggle.Api.Tests.Download;

public sealed class SafeZipTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kaggle-api-tests", Guid.NewGuid().ToString("N"));

    public SafeZipTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Zip(params (string Name, string Content)[] entries)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
        return path;
    }

    [Theory]
    [InlineData("..\\evil.txt")]
    [InlineData("C:/evil.txt")]
    [InlineData("a/../../evil.txt")]
    public void Extract_EscapingEntry_Refused(string name)
    {
        var archive = Zip(("ok.txt", "fine"), (name, "pwned"));
        var target = Path.Combine(_folder, "out");

        var error = Assert.Throws<KaggleApiException>(() => SafeZip.Extract(archive, target));

        Assert.Equal(KaggleErrorKind.Corrupt, error.Kind);
        Assert.False(File.Exists(Path.Combine(target, "ok.txt")));
    }

    [Fact]
    public void Extract_DotSegmentInsideTheFolder_Allowed()
    {
        var archive = Zip(("a/./b.txt", "b"));

        var files = SafeZip.Extract(archive, Path.Combine(_folder, "out"));

        Assert.Equal("b", File.ReadAllText(Assert.Single(files)));
    }

    [Fact]
    public void Extract_ZipInsideZipInsideZip_ExtractsTwoLevels()
    {
        var inner = File.ReadAllBytes(Zip(("deep.csv", "1")));
        var middlePath = Path.Combine(_folder, "middle.zip");
        using (var middle = ZipFile.Open(middlePath, ZipArchiveMode.Create))
        {
            using var stream = middle.CreateEntry("inner.zip").Open();
            stream.Write(inner);
        }
        var outerPath = Path.Combine(_folder, "outer.zip");
        using (var outer = ZipFile.Open(outerPath, ZipArchiveMode.Create))
            outer.CreateEntryFromFile(middlePath, "sub/middle.zip");

        var files = SafeZip.Extract(outerPath, Path.Combine(_folder, "out"));

        Assert.Equal(Path.Combine(_folder, "out", "sub", "deep.csv"), Assert.Single(files));
    }

    [Fact]
    public void Extract_TruncatedZip_Corrupt()
    {
        var archive = Zip(("a.txt", new string('x', 5000)));
        var bytes = File.ReadAllBytes(archive);
        File.WriteAllBytes(archive, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<KaggleApiException>(() => SafeZip.Extract(archive, Path.Combine(_folder, "out")));

        Assert.Equal(KaggleErrorKind.Corrupt, error.Kind);
    }

    /// <summary>A stored (uncompressed) entry, so flipping one of its data bytes changes the content but not the structure.</summary>
    private string StoredZip(string name, string content)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open()))
            writer.Write(content);
        return path;
    }

    [Fact]
    public void Extract_EntryWhoseBytesDoNotMatchItsCrc_CorruptAndNothingWritten()
    {
        var content = string.Concat(Enumerable.Range(0, 200).Select(i => $"{i},x\n"));
        var archive = StoredZip("train.csv", content);
        var bytes = File.ReadAllBytes(archive);
        bytes[bytes.AsSpan().IndexOf("50,x"u8)] ^= 0x01;
        File.WriteAllBytes(archive, bytes);
        var target = Path.Combine(_folder, "out");

        var error = Assert.Throws<KaggleApiException>(() => SafeZip.Extract(archive, target));

        Assert.Equal(KaggleErrorKind.Corrupt, error.Kind);
        Assert.Contains("train.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRC", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(target) ? Directory.GetFiles(target, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public void Extract_KeepExistingButTheFileOnDiskIsDamaged_ExtractsAgain()
    {
        var archive = StoredZip("train.csv", "id,x\n1,2\n");
        var target = Path.Combine(_folder, "out");
        SafeZip.Extract(archive, target);
        File.WriteAllText(Path.Combine(target, "train.csv"), "id,x\n1,3\n");

        SafeZip.Extract(archive, target, keepExisting: true);

        Assert.Equal("id,x\n1,2\n", File.ReadAllText(Path.Combine(target, "train.csv")));
    }

    [Fact]
    public void LooksLikeZip_EmptyArchiveYesTextNo()
    {
        var empty = Zip();
        var text = Path.Combine(_folder, "t.zip");
        File.WriteAllText(text, "PK but not really");

        Assert.True(SafeZip.LooksLikeZip(empty));
        Assert.False(SafeZip.LooksLikeZip(text));
    }
}
