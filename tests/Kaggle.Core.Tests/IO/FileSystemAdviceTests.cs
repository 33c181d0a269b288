using Kaggle.Core.IO;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.IO;

public sealed class FileSystemAdviceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "advice-tests", Guid.NewGuid().ToString("N"));

    public FileSystemAdviceTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Advice(Action action) => FileSystemAdvice.Explain(Assert.ThrowsAny<Exception>(action))!;

    [Fact]
    public void Explain_DataFileIsAFolder_SaysSo()
    {
        var path = Path.Combine(_root, "train.csv");
        Directory.CreateDirectory(path);

        var advice = Advice(() => File.OpenRead(path).Dispose());

        Assert.StartsWith($"{path} is a folder, but a file is expected there", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ParentIsAFile_NamesTheFile()
    {
        var blocker = Path.Combine(_root, "titanic");
        File.WriteAllText(blocker, "");

        var advice = Advice(() => File.WriteAllText(Path.Combine(blocker, "train.csv"), "x"));

        Assert.Contains($"because {blocker} is a file, not a folder", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_FolderToCreateIsAFile_SaysSo()
    {
        var path = Path.Combine(_root, "tiny");
        File.WriteAllText(path, "");

        var advice = Advice(() => Directory.CreateDirectory(path));

        Assert.StartsWith($"{path} is a file, but a folder is expected there", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MissingFile_SaysRunDownload()
    {
        var advice = Advice(() => File.OpenRead(Path.Combine(_root, "test.csv")).Dispose());

        Assert.Contains("does not exist. Run the Download stage first", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DiskFull_SaysTheDiskIsFull()
    {
        using var disk = SmallFileSystem.TryMount(kilobytes: 64);
        if (disk is null) Assert.Skip("mounting a small tmpfs needs root with CAP_SYS_ADMIN");

        var advice = Advice(() => File.WriteAllBytes(Path.Combine(disk.Path, "oof.csv"), new byte[1 << 20]));

        Assert.StartsWith("The disk is full", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PermissionDeniedOnAFile_SaysChmod()
    {
        // As root, permissions do not stop writes, so the exception the OS would raise is built here.
        var path = Path.Combine(_root, "sample_submission.csv");
        File.WriteAllText(path, "");

        var advice = FileSystemAdvice.Explain(new UnauthorizedAccessException($"Access to the path '{path}' is denied."))!;

        Assert.Contains($"Permission denied for {path}", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NotAFileSystemError_Null()
    {
        Assert.Null(FileSystemAdvice.Explain(new InvalidOperationException("bug")));
    }
}
