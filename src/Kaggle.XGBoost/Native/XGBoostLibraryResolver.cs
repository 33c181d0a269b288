using Kaggle.Native;

namespace Kaggle.XGBoost.Native;

/// <summary>
/// Finds the native library under its Debian names. The runtime's own probing for <c>"xgboost"</c> tries
/// <c>libxgboost.so</c>, which Debian ships only in the <c>-dev</c> package; the runtime package <c>libxgboost0</c>
/// has <c>libxgboost.so.0</c>. So this resolver tries, in order: the file named by <c>XGBOOST_LIBRARY_PATH</c> (when
/// set), <c>libxgboost.so.0</c>, <c>libxgboost.so</c>, and the runtime's default search for <c>xgboost</c>
/// (which also covers <c>xgboost.dll</c> and <c>libxgboost.dylib</c>). The first that loads is used for the process.
/// </summary>
internal static class XGBoostLibraryResolver
{
    internal const string PathVariable = "XGBOOST_LIBRARY_PATH";

    internal const string InstallCommand = "apt-get install -y libxgboost0";

    private static readonly string[] s_names = ["libxgboost.so.0", "libxgboost.so", XGBoostNative.Lib];

    private static readonly NativeLibraryBinding s_binding = new(typeof(XGBoostLibraryResolver).Assembly, XGBoostNative.Lib, LoadLibrary);

    /// <summary>Installs the resolver for this assembly once; safe to call from any thread, any number of times.</summary>
    public static void Register() => s_binding.Register();

    /// <summary>The loaded library's handle, or 0 with <paramref name="error"/> saying what was searched.</summary>
    public static nint TryLoad(out string name, out string? error) => s_binding.TryLoad(out name, out error);

    private static (nint Handle, string Name, string? Error) LoadLibrary()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } explicitPath)
            candidates.Add(explicitPath);
        candidates.AddRange(s_names);
        return LoadFirst(candidates);
    }

    /// <summary>Loads the first of <paramref name="candidates"/> that loads; otherwise returns 0 and a message naming everything tried.</summary>
    internal static (nint Handle, string Name, string? Error) LoadFirst(IReadOnlyList<string> candidates)
    {
        var assembly = typeof(XGBoostLibraryResolver).Assembly;
        var directory = Path.GetDirectoryName(assembly.Location) is { Length: > 0 } dir ? dir : AppContext.BaseDirectory;
        return NativeLibraryBinding.LoadFirst(assembly, candidates, failures =>
            $"The native XGBoost library could not be loaded. Tried {string.Join(", ", candidates)}, each in " +
            $"{directory} and then the " +
            $"system search (LD_LIBRARY_PATH={Environment.GetEnvironmentVariable("LD_LIBRARY_PATH") ?? "(unset)"}, /etc/ld.so.cache, " +
            $"/lib, /usr/lib; Debian installs it in /usr/lib/x86_64-linux-gnu). Install it with `{InstallCommand}` (as root), " +
            $"or set {PathVariable} to the library file.{Environment.NewLine}{failures}");
    }
}
