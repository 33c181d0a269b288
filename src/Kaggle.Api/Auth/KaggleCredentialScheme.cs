namespace Kaggle.Api.Auth;

/// <summary>How a request is authenticated: exactly one scheme is ever sent.</summary>
public enum KaggleCredentialScheme
{
    /// <summary><c>Authorization: Bearer &lt;access token&gt;</c> (KAGGLE_API_TOKEN or the access_token file).</summary>
    Bearer,

    /// <summary><c>Authorization: Basic base64(username:key)</c> (the legacy key of kaggle.json or KAGGLE_USERNAME/KAGGLE_KEY).</summary>
    Basic,
}
