using System.Text.RegularExpressions;

namespace Kaggle.Core.IO;

/// <summary>
/// Turns the file system's exceptions into one paragraph that says what is wrong and what to do. .NET's own messages mislead
/// for the common user mistakes: a folder where a file should be reads "Access to the path is denied", a file where a folder
/// should be reads "Could not find a part of the path" or "The file already exists". So the path in the message is looked at again to tell which it is.
/// </summary>
public static partial class FileSystemAdvice
{
    private const int NoSpace = 28; // ENOSPC
    private const int ReadOnlyFileSystem = 30; // EROFS
    private const int QuotaExceeded = 122; // EDQUOT

    /// <summary>
    /// The paragraph for an expected file-system failure (missing file, wrong kind of entry, permissions, full or read-only disk);
    /// <see langword="null"/> when <paramref name="error"/> is not one (a bug, reported in full by the caller).
    /// </summary>
    public static string? Explain(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is not (IOException or UnauthorizedAccessException)) return null;
        var path = PathIn(error.Message);
        var code = error.HResult & 0xFFFF;
        if (code is NoSpace or QuotaExceeded || error.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase))
            return $"The disk is full: writing {path ?? "a file"} failed ({error.Message.Trim()}). Free some space, or run from a disk "
                + "with room, then run the stage again. Nothing half-written was kept.";
        if (code == ReadOnlyFileSystem || error.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
            return $"{path ?? "The destination"} is on a read-only file system, so nothing can be written there. Run from a writable folder.";
        if (path is null) return $"A file operation failed: {error.Message.Trim()}";
        if (Directory.Exists(path) && error is UnauthorizedAccessException or FileNotFoundException)
            return $"{path} is a folder, but a file is expected there. Remove or rename the folder (it may be left from an unzipped "
                + "archive), then run Download again.";
        if (File.Exists(path) && error is not FileNotFoundException && error.Message.Contains("already exists", StringComparison.Ordinal))
            return $"{path} is a file, but a folder is expected there. Move or delete the file, then run the stage again.";
        if (FileOnTheWay(path) is { } blocker)
            return $"{path} cannot be reached because {blocker} is a file, not a folder. Move or delete {blocker}, then run the stage again.";
        return error switch
        {
            FileNotFoundException => $"{path} does not exist. Run the Download stage first (or check --mirror), or restore the file.",
            DirectoryNotFoundException => $"The folder of {path} does not exist. Run the Download stage first (or check --mirror).",
            UnauthorizedAccessException => $"Permission denied for {path}. Make it readable and writable for your user (for example "
                + $"chmod u+rw, or chmod u+rwx for a folder), or run from a folder you own.",
            _ => $"A file operation on {path} failed: {error.Message.Trim()}",
        };
    }

    /// <summary>The nearest ancestor of <paramref name="path"/> that is a regular file, if any.</summary>
    private static string? FileOnTheWay(string path)
    {
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder)) return folder;
            if (Directory.Exists(folder)) return null;
        }
        return null;
    }

    private static string? PathIn(string message)
    {
        var match = QuotedPath().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}
