using Kaggle.LightGbm.Native;
using Kaggle.Native;

namespace Kaggle.LightGbm.Tests.Native;

public sealed class LightGbmLibraryTests
{
    [Fact]
    public void EnsureLoaded_PackagedLibrary_Loads()
    {
        LightGbmLibrary.EnsureLoaded();

        Assert.True(LightGbmLibrary.IsAvailable);
    }

    [Fact]
    public void LoadFirst_NoCandidateLoads_NamesEveryCandidateAndThePathVariable()
    {
        var (handle, _, error) = LightGbmLibraryResolver.LoadFirst(["/nonexistent/lib_lightgbm.so", "lib_not_lightgbm"]);

        Assert.Equal(0, handle);
        Assert.Contains("/nonexistent/lib_lightgbm.so", error, StringComparison.Ordinal);
        Assert.Contains("lib_not_lightgbm", error, StringComparison.Ordinal);
        Assert.Contains(LightGbmLibraryResolver.PathVariable, error, StringComparison.Ordinal);
    }

    [Fact]
    public void OmpWaitPolicy_AfterLoad_IsSetInTheNativeEnvironment()
    {
        LightGbmLibrary.EnsureLoaded();

        // PASSIVE, or whatever the user exported before the process started: it is never left unset.
        Assert.False(string.IsNullOrEmpty(OpenMpEnvironment.NativeValue()));
    }

    [Theory]
    [InlineData(null, "PASSIVE")]
    [InlineData("", "PASSIVE")]
    [InlineData("ACTIVE", null)]
    [InlineData("passive", null)]
    public void ValueToSet_CurrentValue_OnlyFillsAnUnsetVariable(string? current, string? expected)
    {
        var value = OpenMpEnvironment.ValueToSet(current);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Canonical_AliasAndTypo_ResolvesAliasRejectsTypo()
    {
        LightGbmLibrary.EnsureLoaded();

        Assert.Equal("learning_rate", ParameterNames.Canonical("eta"));
        Assert.Equal("cat_smooth", ParameterNames.Canonical("cat_smooth"));
        Assert.Null(ParameterNames.Canonical("cat_smoth"));
    }
}
