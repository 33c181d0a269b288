using Kaggle.Api.Auth;
using Kaggle.Api.Tests.Support;

namespace Kaggle.Api.Tests.Auth;

public sealed class CredentialResolverTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static (CredentialSet Set, List<string> Warnings) Resolve(FakeEnvironment environment)
    {
        var warnings = new List<string>();
        return (CredentialResolver.Resolve(environment, warnings.Add), warnings);
    }

    [Fact]
    public void Resolve_TokenVariable_WinsOverEverything()
    {
        var environment = new FakeEnvironment()
            .Set("KAGGLE_API_TOKEN", "tok-env")
            .File("/home/tester/.kaggle/access_token", "tok-file")
            .Set("KAGGLE_USERNAME", "u").Set("KAGGLE_KEY", "k")
            .KaggleJson("fileuser", "filekey");

        var (set, _) = Resolve(environment);

        Assert.Equal(KaggleCredentialScheme.Bearer, set.Preferred!.Scheme);
        Assert.Equal("KAGGLE_API_TOKEN", set.Preferred.Source);
        Assert.Equal("Bearer tok-env", set.Preferred.ToHeader().ToString());
    }

    [Fact]
    public void Resolve_TokenVariableNamesAFile_ReadsTrimmedToken()
    {
        var environment = new FakeEnvironment()
            .Set("KAGGLE_API_TOKEN", "/secrets/kaggle-token")
            .File("/secrets/kaggle-token", "  tok-from-file\n");

        var (set, _) = Resolve(environment);

        Assert.Equal("Bearer tok-from-file", set.Token!.ToHeader().ToString());
        Assert.Contains("/secrets/kaggle-token", set.Token.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AccessTokenFileInConfigDir_UsedWhenNoVariable()
    {
        var environment = new FakeEnvironment()
            .File("/home/tester/.kaggle/access_token", "tok-file\n")
            .KaggleJson("fileuser", "filekey");

        var (set, _) = Resolve(environment);

        Assert.Equal(KaggleCredentialScheme.Bearer, set.Preferred!.Scheme);
        Assert.Equal("/home/tester/.kaggle/access_token", set.Preferred.Source);
        Assert.NotNull(set.Key);
    }

    [Fact]
    public void Resolve_OnlyKaggleJson_UsesBasic()
    {
        var (set, _) = Resolve(new FakeEnvironment().KaggleJson("alice", "k123"));

        Assert.Null(set.Token);
        Assert.Equal(KaggleCredentialScheme.Basic, set.Preferred!.Scheme);
        Assert.Equal("alice", set.Preferred.UserName);
        Assert.Equal("/home/tester/.kaggle/kaggle.json", set.Preferred.Source);
        Assert.Equal("Basic " + Convert.ToBase64String("alice:k123"u8.ToArray()), set.Preferred.ToHeader().ToString());
    }

    [Fact]
    public void Resolve_EnvironmentOverridesKaggleJsonPerKey()
    {
        var environment = new FakeEnvironment().KaggleJson("fileuser", "filekey").Set("KAGGLE_KEY", "envkey");

        var (set, _) = Resolve(environment);

        Assert.Equal("Basic " + Convert.ToBase64String("fileuser:envkey"u8.ToArray()), set.Key!.ToHeader().ToString());
        Assert.Contains("KAGGLE_KEY", set.Key.Source, StringComparison.Ordinal);
        Assert.Contains("kaggle.json", set.Key.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BothEnvironmentKeys_NeedNoFile()
    {
        var (set, _) = Resolve(new FakeEnvironment().Set("KAGGLE_USERNAME", "bob").Set("KAGGLE_KEY", "bk"));

        Assert.Equal("KAGGLE_USERNAME/KAGGLE_KEY", set.Key!.Source);
    }

    [Fact]
    public void Resolve_UserNameWithoutKey_NoCredentialsAndAWarning()
    {
        var (set, warnings) = Resolve(new FakeEnvironment().Set("KAGGLE_USERNAME", "bob"));

        Assert.Null(set.Preferred);
        Assert.Contains(warnings, w => w.Contains("no key", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_ConfigDirVariable_IsWhereFilesAreRead()
    {
        var environment = new FakeEnvironment()
            .Set("KAGGLE_CONFIG_DIR", "/etc/kaggle")
            .File("/etc/kaggle/kaggle.json", "{\"username\":\"c\",\"key\":\"d\"}", Private)
            .KaggleJson("home", "ignored");

        var (set, _) = Resolve(environment);

        Assert.Equal("/etc/kaggle", set.ConfigDirectory);
        Assert.Equal("c", set.Key!.UserName);
    }

    [Fact]
    public void ConfigDirectory_NoDotKaggleOnLinux_FallsBackToXdg()
    {
        var withXdg = new FakeEnvironment().Set("XDG_CONFIG_HOME", "/xdg");
        var without = new FakeEnvironment();
        var notLinux = new FakeEnvironment { IsLinux = false };

        Assert.Equal("/xdg/kaggle", CredentialResolver.ConfigDirectory(withXdg));
        Assert.Equal("/home/tester/.config/kaggle", CredentialResolver.ConfigDirectory(without));
        Assert.Equal("/home/tester/.kaggle", CredentialResolver.ConfigDirectory(notLinux));
    }

    [Fact]
    public void ConfigDirectory_DotKaggleExists_PreferredOverXdg()
    {
        var environment = new FakeEnvironment().Set("XDG_CONFIG_HOME", "/xdg").KaggleJson("a", "b");

        Assert.Equal("/home/tester/.kaggle", CredentialResolver.ConfigDirectory(environment));
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, true)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, true)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead, true)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite, false)]
    public void Resolve_KaggleJsonReadableByOthers_WarnsAndContinues(UnixFileMode mode, bool warns)
    {
        var (set, warnings) = Resolve(new FakeEnvironment().KaggleJson("alice", "k123", mode));

        Assert.NotNull(set.Key);
        Assert.Equal(warns, warnings.Any(w => w.Contains("chmod 600", StringComparison.Ordinal)));
    }

    [Fact]
    public void Resolve_MalformedKaggleJson_WarnsWithoutQuotingIt()
    {
        var environment = new FakeEnvironment().File("/home/tester/.kaggle/kaggle.json", "{\"username\":\"a\",\"key\":\"s3cr3t-value\"");

        var (set, warnings) = Resolve(environment);

        Assert.Null(set.Preferred);
        var warning = Assert.Single(warnings);
        Assert.Contains("not valid JSON", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"username\":\"alice\",\"key\":nk7f3secret99}")]
    [InlineData("{\"username\":\"alice\",\"key\":tk7f3secret99}")]
    [InlineData("{\"username\":\"alice\",\"key\":fk7f3secret99}")]
    [InlineData("{\"username\":\"alice\",\"key\":k7f3secret99}")]
    [InlineData("{\"username\":\"alice\",\"key\":7f3secret99}")]
    public void Resolve_UnquotedKey_WarningNamesPositionButNoText(string json)
    {
        var environment = new FakeEnvironment().File("/home/tester/.kaggle/kaggle.json", json);

        var (set, warnings) = Resolve(environment);

        Assert.Null(set.Preferred);
        var warning = Assert.Single(warnings);
        Assert.Contains("/home/tester/.kaggle/kaggle.json", warning, StringComparison.Ordinal);
        Assert.Contains("line 1", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("k7f3", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Nothing_NoCredentials()
    {
        var (set, warnings) = Resolve(new FakeEnvironment());

        Assert.Null(set.Preferred);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Credentials_ToStringAndSource_NeverShowTheSecret()
    {
        var token = KaggleCredentials.Token("tok-very-secret", "KAGGLE_API_TOKEN");
        var key = KaggleCredentials.Key("alice", "key-very-secret", "kaggle.json");

        Assert.DoesNotContain("very-secret", token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret", key.ToString(), StringComparison.Ordinal);
        Assert.Equal("header Basic *** and *** and ***",
            key.Redact($"header Basic {Convert.ToBase64String("alice:key-very-secret"u8.ToArray())} and alice:key-very-secret and key-very-secret"));
    }
}
