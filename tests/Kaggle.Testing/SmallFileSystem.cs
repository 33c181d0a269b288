using System.Diagnostics;

namespace Kaggle.Testing;

/// <summary>
/// A tmpfs of a few kilobytes mounted for one test, to make "No space left on device" happen for real. Needs root with
/// the right to mount (CI and the dev machines run as root); <see cref="TryMount"/> returns null elsewhere and the test skips.
/// </summary>
public sealed class SmallFileSystem : IDisposable
{
    private SmallFileSystem(string path) => Path = path;

    /// <summary>The mount point.</summary>
    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> in a new temporary folder; null where mounting is not allowed.</summary>
    public static SmallFileSystem? TryMount(int kilobytes)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kaggle-full-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        if (Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path)) return new SmallFileSystem(path);
        Directory.Delete(path);
        return null;
    }

    public void Dispose()
    {
        Run("umount", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static bool Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
