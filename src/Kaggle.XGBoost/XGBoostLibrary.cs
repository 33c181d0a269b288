using Kaggle.XGBoost.Native;

namespace Kaggle.XGBoost;

/// <summary>
/// The native XGBoost library this binding calls (Debian's <c>libxgboost0</c>, XGBoost 1.7; see
/// <see href="https://xgboost.readthedocs.io/en/release_1.7.0/c.html"/>). It is found as <c>libxgboost.so.0</c>,
/// then <c>libxgboost.so</c>, then the runtime's default search for <c>xgboost</c>; the environment variable
/// <c>XGBOOST_LIBRARY_PATH</c>, when set, names a file to try first.
/// </summary>
public static class XGBoostLibrary
{
    /// <summary>The oldest XGBoost release this binding accepts (the C API functions it uses exist since 1.7).</summary>
    public static Version MinimumVersion { get; } = new(1, 7, 0);

    private static readonly Lazy<Version> s_version = new(ReadVersion);

    /// <summary>True when the native library can be loaded in this process.</summary>
    public static bool IsAvailable => XGBoostLibraryResolver.TryLoad(out _, out _) != 0;

    /// <summary>The loaded library's version (major.minor.patch); throws <see cref="XGBoostException"/> when it cannot be loaded.</summary>
    public static Version Version => EnsureLoaded();

    /// <summary>
    /// Loads the library if needed and checks its version; throws one <see cref="XGBoostException"/> naming the file
    /// names and paths searched and the install command when it is missing, or the found and needed versions when it is too old.
    /// </summary>
    public static Version EnsureLoaded()
    {
        if (XGBoostLibraryResolver.TryLoad(out _, out var error) == 0)
            Throw.XGBoost(error ?? "The native XGBoost library could not be loaded.");
        return s_version.Value;
    }

    private static Version ReadVersion()
    {
        XGBoostNative.XGBoostVersion(out var major, out var minor, out var patch);
        var version = new Version(major, minor, patch);
        XGBoostLibraryResolver.TryLoad(out var name, out _);
        if (version < MinimumVersion)
            Throw.XGBoost($"{name} is XGBoost {version}, but this binding needs {MinimumVersion} or newer ({XGBoostLibraryResolver.InstallCommand} on Debian 12 gives 1.7.4).");
        return version;
    }
}
