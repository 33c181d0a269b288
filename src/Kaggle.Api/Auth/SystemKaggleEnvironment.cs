namespace Kaggle.Api.Auth;

/// <summary>The real machine: process environment variables and the real file system.</summary>
public sealed class SystemKaggleEnvironment : IKaggleEnvironment
{
    /// <summary>The one instance (it holds no state).</summary>
    public static SystemKaggleEnvironment Instance { get; } = new();

    private SystemKaggleEnvironment()
    {
    }

    /// <inheritdoc />
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    /// <inheritdoc />
    public string HomeDirectory => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <inheritdoc />
    public bool IsLinux => OperatingSystem.IsLinux();

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc />
    public bool DirectoryExists(string path) => Directory.Exists(path);

    /// <inheritdoc />
    public string ReadAllText(string path) => File.ReadAllText(path);

    /// <inheritdoc />
    public UnixFileMode? GetUnixFileMode(string path) =>
        OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);
}
