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
}
