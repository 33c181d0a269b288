namespace Kaggle.Api.Auth;

/// <summary>
/// What <see cref="CredentialResolver"/> found: an access token and/or a legacy key, and the config folder searched.
/// The token wins; the key is kept only as the fallback when the token proves inactive.
/// </summary>
public sealed record CredentialSet(KaggleCredentials? Token, KaggleCredentials? Key, string ConfigDirectory)
{
    /// <summary>The credentials to use: the token if there is one, else the key, else null.</summary>
    public KaggleCredentials? Preferred => Token ?? Key;
}
