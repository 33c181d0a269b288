using Kaggle.Api.Auth;

namespace Kaggle.Api.Tests.Support;

/// <summary>An in-memory machine: environment variables and files, so no test reads the real ~/.kaggle.</summary>
internal sealed class FakeEnvironment : IKaggleEnvironment
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Content, UnixFileMode Mode)> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    public string HomeDirectory { get; init; } = "/home/tester";

    public bool IsLinux { get; init; } = true;

    public string KaggleDirectory => Path.Combine(HomeDirectory, ".kaggle");

    public FakeEnvironment Set(string name, string value)
    {
        _variables[name] = value;
        return this;
    }

    public FakeEnvironment File(string path, string content, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        _files[path] = (content, mode);
        _directories.Add(Path.GetDirectoryName(path)!);
        return this;
    }

    public FakeEnvironment KaggleJson(string userName, string key, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite) =>
        File(Path.Combine(KaggleDirectory, "kaggle.json"), $"{{\"username\":\"{userName}\",\"key\":\"{key}\"}}", mode);

    public string? GetVariable(string name) => _variables.GetValueOrDefault(name);

    public bool FileExists(string path) => _files.ContainsKey(path);

    public bool DirectoryExists(string path) => _directories.Contains(path);

    public string ReadAllText(string path) => _files[path].Content;

    public UnixFileMode? GetUnixFileMode(string path) => _files[path].Mode;
}
