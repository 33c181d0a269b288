namespace Kaggle.XGBoost.Tests;

/// <summary>
/// Skips a test when the native library cannot be loaded on this machine, except where it must be present: under CI
/// (the <c>CI</c> variable set, where the Cake Setup step installs <c>libxgboost0</c>) or with
/// <c>KAGGLE_REQUIRE_XGBOOST=1</c>, a missing library fails the test with the loader's message instead.
/// </summary>
internal static class RequireXGBoost
{
    public static void Library()
    {
        if (XGBoostLibrary.IsAvailable)
            return;
        var required = Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("KAGGLE_REQUIRE_XGBOOST") == "1";
        if (required)
            XGBoostLibrary.EnsureLoaded();   // throws XGBoostException naming what was searched
        Assert.Skip("The native XGBoost library (libxgboost0) is not installed; install it with `apt-get install -y libxgboost0`.");
    }
}
