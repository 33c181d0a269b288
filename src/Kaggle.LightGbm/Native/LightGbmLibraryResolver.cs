using Kaggle.Native;

namespace Kaggle.LightGbm.Native;

/// <summary>
/// Finds <c>lib_lightgbm</c>. The NuGet package LightGBM 4.7.0 ships it as <c>runtimes/linux-x64/native/lib_lightgbm.so</c>
/// (and win-x64, osx-x64); an application that references this project gets it in its output folder, listed in its
/// <c>deps.json</c>, so the runtime's default search finds it. The resolver tries, in order: the file named by
/// <c>LIGHTGBM_LIBRARY_PATH</c> (when set), the runtime's default search, and the package layout under the application
/// folder (for hosts that load our assembly without its <c>deps.json</c>). The first that loads is used for the process.
/// </summary>
internal static class LightGbmLibraryResolver
{
    internal const string PathVariable = "LIGHTGBM_LIBRARY_PATH";

    private static readonly NativeLibraryBinding s_binding = new(typeof(LightGbmLibraryResolver).Assembly, LightGbmNative.Lib, LoadLibrary);

    /// <summary>Installs the resolver for this assembly once; safe to call from any thread, any number of times.</summary>
    public static void Register() => s_binding.Register();

    /// <summary>The loaded library's handle, or 0 with <paramref name="error"/> saying what was searched.</summary>
    public static nint TryLoad(out string name, out string? error) => s_binding.TryLoad(out name, out error);

    private static (nint Handle, string Name, string? Error) LoadLibrary()
    {
        // Before libgomp starts: lib_lightgbm pulls it in, and it reads its environment once, when it is loaded.
        OpenMpEnvironment.Apply();
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } explicitPath)
            candidates.Add(explicitPath);
        candidates.Add(LightGbmNative.Lib);
        var file = OperatingSystem.IsWindows() ? "lib_lightgbm.dll" : OperatingSystem.IsMacOS() ? "lib_lightgbm.dylib" : "lib_lightgbm.so";
        var rid = OperatingSystem.IsWindows() ? "win-x64" : OperatingSystem.IsMacOS() ? "osx-x64" : "linux-x64";
        candidates.Add(Path.Combine(AppContext.BaseDirectory, "runtimes", rid, "native", file));
        return LoadFirst(candidates);
    }

    /// <summary>Loads the first of <paramref name="candidates"/> that loads; otherwise returns 0 and a message naming everything tried.</summary>
    internal static (nint Handle, string Name, string? Error) LoadFirst(IReadOnlyList<string> candidates) =>
        NativeLibraryBinding.LoadFirst(typeof(LightGbmLibraryResolver).Assembly, candidates, failures =>
            $"The native LightGBM library could not be loaded. Tried {string.Join(", ", candidates)}. It comes with the NuGet " +
            $"package LightGBM (runtimes/<rid>/native), which Kaggle.LightGbm references: build the application that uses it " +
            $"(dotnet build) so the file is copied to its output folder, or set {PathVariable} to the library file. It needs " +
            $"libgomp1 (`apt-get install -y libgomp1`) on Linux.{Environment.NewLine}{failures}");
}
