namespace Kaggle.Api.FakeServer;

/// <summary>One request the fake server received, for assertions (which host, which headers).</summary>
/// <param name="Host">"api" or "storage".</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">Path and query.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Range">The Range header, or null.</param>
/// <param name="Body">The request body as text (empty for GET and for uploads).</param>
/// <param name="Status">The status answered.</param>
public sealed record RecordedRequest(string Host, string Method, string Path, string? Authorization, string? Range, string Body, int Status);
