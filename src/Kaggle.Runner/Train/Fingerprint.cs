using System.Reflection;
using System.Runtime.InteropServices;
using Kaggle.Core.IO;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Train;

/// <summary>
/// The inputs of a Train stage as hashes: the data files, the source code (the core and the competition's folder),
/// and the parameters. Two trainings with the same fingerprint produce the same predictions, so the second is skipped.
/// </summary>
public static class Fingerprint
{
    private static readonly string[] s_sourceExtensions = [".cs", ".csproj", ".json", ".props", ".targets", ".cake"];

    public static string Of(IReadOnlyList<DataFileRecord> data, string codeHash, IReadOnlyDictionary<string, string> parameters)
    {
        var parts = new List<KeyValuePair<string, string>> { new("code", codeHash) };
        parts.AddRange(data.Select(d => new KeyValuePair<string, string>("data:" + d.File, d.Sha256)));
        parts.AddRange(parameters.Select(p => new KeyValuePair<string, string>("param:" + p.Key, ContentHash.OfText(p.Value))));
        return ContentHash.Combine(parts);
    }

    /// <summary>Hash of every source file under src/ and competitions/&lt;slug&gt;/ plus the shared build files (bin/obj excluded).</summary>
    public static string Code(string repositoryRoot, string slug)
    {
        var roots = new[] { Path.Combine(repositoryRoot, "src"), Path.Combine(repositoryRoot, "competitions", slug) };
        var files = roots.Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(repositoryRoot, "Directory.*.props"))
            .Concat(SharedCompetitionFiles(repositoryRoot))
            .Where(f => s_sourceExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !IsBuildOutput(Path.GetRelativePath(repositoryRoot, f)))
            .Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(repositoryRoot, f).Replace('\\', '/'), ContentHash.OfFile(f)));
        return ContentHash.Combine(files);
    }

    /// <summary>competitions/Directory.Build.props and .targets, which every competition project imports.</summary>
    private static IEnumerable<string> SharedCompetitionFiles(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "competitions");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "Directory.Build.*") : [];
    }

    /// <summary>Versions that can change numbers: the runtime, the OS and architecture, and the libraries.</summary>
    public static Dictionary<string, string> Versions() => new()
    {
        ["dotnet"] = RuntimeInformation.FrameworkDescription,
        ["os"] = RuntimeInformation.OSDescription,
        ["architecture"] = RuntimeInformation.ProcessArchitecture.ToString(),
        ["processors"] = Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["kaggle_core"] = Version(typeof(Kaggle.Core.Data.Frame).Assembly),
        ["kaggle_runner"] = Version(typeof(Fingerprint).Assembly),
        ["mathnet_numerics"] = Version(typeof(MathNet.Numerics.Control).Assembly),
        ["spectre_console"] = Version(typeof(Spectre.Console.AnsiConsole).Assembly),
    };

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "unknown";

    private static bool IsBuildOutput(string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/');
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
