namespace Kaggle.Api.Models;

/// <summary>The outcome of a download.</summary>
/// <param name="Archive">The file fetched from storage (e.g. <c>titanic.zip</c>, or <c>train.csv</c>).</param>
/// <param name="Files">Every file now available: the extracted contents of a zip, or the file itself.</param>
/// <param name="Skipped">True when the local copy was already up to date and nothing was fetched.</param>
public sealed record DownloadResult(string Archive, IReadOnlyList<string> Files, bool Skipped);
