using Kaggle.Core.IO;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.IO;

public sealed class StagedOutputsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "staged-tests", Guid.NewGuid().ToString("N"));

    public StagedOutputsTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] Everything() => [.. Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_root, p)).Order()];

    [Fact]
    public void Commit_FolderAndFile_BothAppearAndNothingStagedIsLeft()
    {
        using var outputs = new StagedOutputs(_root);
        var folder = outputs.Folder(Path.Combine(_root, "runs", "r1"));
        File.WriteAllText(Path.Combine(folder, "run.json"), "{}");
        File.WriteAllText(outputs.File(Path.Combine(_root, "r1.csv")), "id,y\n");

        outputs.Commit();

        Assert.Equal(["r1.csv", "runs", Path.Combine("runs", "r1"), Path.Combine("runs", "r1", "run.json")], Everything());
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesNothing()
    {
        using (var outputs = new StagedOutputs(_root))
        {
            File.WriteAllText(Path.Combine(outputs.Folder(Path.Combine(_root, "runs", "r1")), "oof.csv"), "x\n");
            File.WriteAllText(outputs.File(Path.Combine(_root, "r1.csv")), "id,y\n");
        }

        Assert.Empty(Everything());
    }

    [Fact]
    public void Commit_SecondPlaceUnwritable_FirstMovedBackAndNothingLeft()
    {
        using (var outputs = new StagedOutputs(_root))
        {
            File.WriteAllText(Path.Combine(outputs.Folder(Path.Combine(_root, "runs", "r1")), "run.json"), "{}");
            // A path whose parent is a file cannot be created, even by root (for whom read-only permissions do not stop writes).
            File.WriteAllText(Path.Combine(_root, "blocker"), "");
            File.WriteAllText(outputs.File(Path.Combine(_root, "blocker", "r1.csv")), "id,y\n");

            Assert.ThrowsAny<IOException>(outputs.Commit);
        }

        Assert.Equal(["blocker", "runs"], Everything());
    }

    [Fact]
    public void Commit_AFileThatWasNeverWritten_ThrowsAndRollsBack()
    {
        using (var outputs = new StagedOutputs(_root))
        {
            outputs.Folder(Path.Combine(_root, "runs", "r1"));
            outputs.File(Path.Combine(_root, "r1.csv"));

            Assert.Throws<FileNotFoundException>(outputs.Commit);
        }

        Assert.Equal(["runs"], Everything());
    }

    [Fact]
    public void Folder_FinalPlaceExists_Refused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "runs", "r1"));
        using var outputs = new StagedOutputs(_root);

        Assert.Throws<IOException>(() => outputs.Folder(Path.Combine(_root, "runs", "r1")));
    }

    [Fact]
    public void Write_DiskFull_ThrowsAndDisposeLeavesNothing()
    {
        using var disk = SmallFileSystem.TryMount(kilobytes: 64);
        if (disk is null) Assert.Skip("mounting a small tmpfs needs root with CAP_SYS_ADMIN");

        using (var outputs = new StagedOutputs(disk.Path))
        {
            var folder = outputs.Folder(Path.Combine(disk.Path, "runs", "r1"));
            var error = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes(Path.Combine(folder, "oof.csv"), new byte[1 << 20]));
            Assert.Contains("space", error.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(disk.Path));
    }

    [Fact]
    public void RemoveAbandoned_StagingOfADeadProcess_RemovedOwnKept()
    {
        var dead = Path.Combine(_root, $".partial-{int.MaxValue - 1}-0123");
        Directory.CreateDirectory(Path.Combine(dead, "0-r1"));
        using var outputs = new StagedOutputs(_root);

        var removed = StagedOutputs.RemoveAbandoned(_root);

        Assert.Equal(1, removed);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(outputs.StagingFolder));
    }
}
