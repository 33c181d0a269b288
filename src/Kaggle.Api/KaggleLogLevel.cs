namespace Kaggle.Api;

/// <summary>The level of a line the client logs through <see cref="KaggleClientOptions.Log"/>.</summary>
public enum KaggleLogLevel
{
    /// <summary>Progress worth telling a user (a retry, a skipped download, the score).</summary>
    Information,

    /// <summary>Something to fix that did not stop the run (readable kaggle.json, an inactive token with a key fallback).</summary>
    Warning,
}
