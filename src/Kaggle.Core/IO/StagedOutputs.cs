namespace Kaggle.Core.IO;

/// <summary>
/// Files and folders that appear together or not at all: each is written under a hidden staging folder beside its final
/// place, and <see cref="Commit"/> renames them all into place at the end (a rename within one file system is atomic).
/// If a rename fails half-way the ones already done are moved back; disposing without a commit (an exception, a full disk,
/// Ctrl-C) deletes everything staged. So a failed or interrupted run leaves nothing a later stage could take for a result.
/// </summary>
/// <remarks>
/// The staging folder is <c>&lt;root&gt;/.partial-&lt;pid&gt;-&lt;guid&gt;</c>: hidden, never a run folder or a submission by name, and on
/// the same file system as the final places when they are under <c>root</c>. One left behind by a killed process (SIGKILL,
/// power loss) is removed by <see cref="RemoveAbandoned"/>.
/// </remarks>
public sealed class StagedOutputs : IDisposable
{
    private const string Prefix = ".partial-";

    private readonly List<(string Staged, string Final)> _items = [];
    private readonly Lock _gate = new();
    private bool _committed;
    private bool _disposed;

    /// <summary>Starts staging under <paramref name="root"/> (created when missing); every final place should be inside it.</summary>
    public StagedOutputs(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        StagingFolder = Path.Combine(Root, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingFolder);
    }

    /// <summary>The folder the final places are under.</summary>
    public string Root { get; }

    /// <summary>Where everything is written until <see cref="Commit"/>.</summary>
    public string StagingFolder { get; }

    /// <summary>A new, empty staged folder that becomes <paramref name="final"/> (which must not exist yet) on commit.</summary>
    public string Folder(string final)
    {
        var staged = Add(final);
        Directory.CreateDirectory(staged);
        return staged;
    }

    /// <summary>The staged path of a file that becomes <paramref name="final"/> (which must not exist yet) on commit.</summary>
    public string File(string final) => Add(final);

    /// <summary>Moves every staged file and folder into place, in the order they were added; all or none.</summary>
    public void Commit()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var moved = 0;
            try
            {
                foreach (var (staged, final) in _items)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                    if (Directory.Exists(staged)) Directory.Move(staged, final);
                    else System.IO.File.Move(staged, final, overwrite: false);
                    moved++;
                }
            }
            catch
            {
                for (var k = moved - 1; k >= 0; k--) MoveBack(_items[k].Final, _items[k].Staged);
                throw;
            }
            _committed = true;
            TryDeleteFolder(StagingFolder);
        }
    }

    /// <summary>
    /// Deletes everything staged unless committed. Safe to call from a signal handler: it waits for a commit in progress to
    /// finish, so the outputs are either all in place or all gone.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            if (!_committed) TryDeleteFolder(StagingFolder);
        }
    }

    /// <summary>Deletes staging folders under <paramref name="root"/> left by processes that no longer run; returns how many.</summary>
    public static int RemoveAbandoned(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (!Directory.Exists(root)) return 0;
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', Prefix.Length);
            if (dash < 0 || !int.TryParse(name.AsSpan(Prefix.Length, dash - Prefix.Length), out var pid) || IsRunning(pid)) continue;
            if (TryDeleteFolder(folder)) removed++;
        }
        return removed;
    }

    private string Add(string final)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(final);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed || _committed, this);
            var full = Path.GetFullPath(final);
            if (System.IO.File.Exists(full) || Directory.Exists(full))
                throw new IOException($"{full} already exists; staged outputs never overwrite.");
            var staged = Path.Combine(StagingFolder, $"{_items.Count}-{Path.GetFileName(full)}");
            _items.Add((staged, full));
            return staged;
        }
    }

    private static void MoveBack(string final, string staged)
    {
        try
        {
            if (Directory.Exists(final)) Directory.Move(final, staged);
            else if (System.IO.File.Exists(final)) System.IO.File.Move(final, staged);
        }
        catch (IOException)
        {
            // Could not move it back: delete it rather than leave half a result in place.
            if (Directory.Exists(final)) TryDeleteFolder(final);
            else TryDeleteFile(final);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryDeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            System.IO.File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
