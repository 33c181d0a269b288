using Kaggle.XGBoost.Native;

namespace Kaggle.XGBoost.Tests.Native;

public sealed class XGBoostLibraryTests
{
    [Fact]
    public void Version_InstalledLibrary_IsAtLeastTheMinimum()
    {
        RequireXGBoost.Library();

        var version = XGBoostLibrary.Version;

        Assert.True(version >= XGBoostLibrary.MinimumVersion, $"found {version}");
    }

    [Fact]
    public void EnsureLoaded_Twice_ReturnsTheSameVersion()
    {
        RequireXGBoost.Library();

        Assert.Equal(XGBoostLibrary.EnsureLoaded(), XGBoostLibrary.EnsureLoaded());
    }

    [Fact]
    public void LoadFirst_NoCandidateLoads_NamesTheCandidatesThePathsAndTheInstallCommand()
    {
        var (handle, _, error) = XGBoostLibraryResolver.LoadFirst(["libxgboost-missing.so.9", "/nowhere/libxgboost.so"]);

        Assert.Equal(0, handle);
        Assert.NotNull(error);
        Assert.Contains("libxgboost-missing.so.9, /nowhere/libxgboost.so", error, StringComparison.Ordinal);
        Assert.Contains("LD_LIBRARY_PATH=", error, StringComparison.Ordinal);
        Assert.Contains("/usr/lib/x86_64-linux-gnu", error, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y libxgboost0", error, StringComparison.Ordinal);
    }
}
