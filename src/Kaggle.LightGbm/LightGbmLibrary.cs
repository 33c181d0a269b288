using Kaggle.LightGbm.Native;

namespace Kaggle.LightGbm;

/// <summary>
/// The native LightGBM library this binding calls: <c>lib_lightgbm</c> from the NuGet package LightGBM 4.7.0 (C API,
/// see <see href="https://lightgbm.readthedocs.io/en/v4.6.0/C-API.html"/>). The environment variable
/// <c>LIGHTGBM_LIBRARY_PATH</c>, when set, names a file to try first.
/// </summary>
public static class LightGbmLibrary
{
    /// <summary>True when the native library can be loaded in this process.</summary>
    public static bool IsAvailable => LightGbmLibraryResolver.TryLoad(out _, out _) != 0;

    /// <summary>Loads the library if needed; throws one <see cref="LightGbmException"/> naming what was searched when it cannot be loaded.</summary>
    public static void EnsureLoaded()
    {
        if (LightGbmLibraryResolver.TryLoad(out _, out var error) == 0)
            Throw.LightGbm(error ?? "The native LightGBM library could not be loaded.");
    }
}
