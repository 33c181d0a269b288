namespace Kaggle.Api.Auth;

/// <summary>
/// Everything the client reads from the machine: environment variables, the home folder and credential files.
/// Tests pass an in-memory implementation so that no test depends on (or leaks) the real user's credentials.
/// </summary>
public interface IKaggleEnvironment
{
    /// <summary>The value of an environment variable, or null when it is unset.</summary>
    string? GetVariable(string name);

    /// <summary>The user's home folder (where <c>~/.kaggle</c> lives).</summary>
    string HomeDirectory { get; }

    /// <summary>True on Linux, where the XDG config folder is a fallback for the config directory.</summary>
    bool IsLinux { get; }

    /// <summary>True when <paramref name="path"/> names an existing file.</summary>
    bool FileExists(string path);

    /// <summary>True when <paramref name="path"/> names an existing folder.</summary>
    bool DirectoryExists(string path);

    /// <summary>The whole content of a text file (UTF-8).</summary>
    string ReadAllText(string path);

    /// <summary>The Unix permission bits of a file, or null on Windows (where they do not exist).</summary>
    UnixFileMode? GetUnixFileMode(string path);
}
