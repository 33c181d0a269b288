using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kaggle.Api.FakeServer;

/// <summary>
/// A fake Kaggle on 127.0.0.1 that follows KAGGLE_API.md: the Gen C RPC API on one port and a "storage" host on another
/// (signed URLs, resumable GETs, the upload PUT) that rejects any Authorization header with 400, as GCS does.
/// Behaviour is switched through <see cref="Faults"/>; every request is recorded in <see cref="Requests"/>.
/// </summary>
public sealed partial class FakeKaggleServer : IAsyncDisposable
{
    public const string UserName = "demo";
    public const string Key = "fake-key-5f1c0e7d9a";
    public const string Token = "fake-token-active-8c2b71";
    public const string InactiveToken = "fake-token-inactive-3d90aa";

    private static readonly DateTimeOffset s_lastModified = new(2018, 12, 11, 23, 41, 58, TimeSpan.Zero);
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly object _gate = new();
    private readonly Dictionary<string, FakeCompetition> _competitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Slug, string? File, bool Used)> _signedUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Upload> _uploads = new(StringComparer.Ordinal);
    private WebApplication? _api;
    private WebApplication? _storage;
    private long _nextRef = 50001;
    private int _nextUpload = 1;

    /// <summary>The misbehaviours to show; change them between calls.</summary>
    public FakeFaults Faults { get; private set; } = new();

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The public score a new submission gets (null: scoring fails when <see cref="NextScoringError"/> is set).</summary>
    public string? NextScore { get; set; } = "0.77511";

    /// <summary>When set, the next submissions end in ERROR with this description.</summary>
    public string? NextScoringError { get; set; }

    /// <summary>How many listings show a new submission PENDING before it is scored.</summary>
    public int ScoringViews { get; set; } = 1;

    public Uri ApiAddress { get; private set; } = null!;

    public Uri StorageAddress { get; private set; } = null!;

    /// <summary>Starts both hosts on 127.0.0.1 (port 0 picks free ports).</summary>
    public static async Task<FakeKaggleServer> StartAsync(int apiPort = 0, int storagePort = 0)
    {
        var server = new FakeKaggleServer();
        (server._api, server.ApiAddress) = await Host(apiPort, server.HandleApiAsync).ConfigureAwait(false);
        (server._storage, server.StorageAddress) = await Host(storagePort, server.HandleStorageAsync).ConfigureAwait(false);
        return server;
    }

    /// <summary>Forgets competitions, URLs, uploads and recorded requests, and restores the default behaviour.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _competitions.Clear();
            _signedUrls.Clear();
            _uploads.Clear();
            Requests.Clear();
            Faults = new FakeFaults();
            NextScore = "0.77511";
            NextScoringError = null;
            ScoringViews = 1;
            _nextRef = 50001;
            _nextUpload = 1;
        }
    }

    /// <summary>Adds (or replaces) a competition.</summary>
    public FakeCompetition Add(FakeCompetition competition)
    {
        lock (_gate)
            _competitions[competition.Slug] = competition;
        return competition;
    }

    public FakeCompetition Competition(string slug)
    {
        lock (_gate)
            return _competitions[slug];
    }

    /// <summary>The zip DownloadDataFiles serves for a competition (explicit directory entries included).</summary>
    public static byte[] Zip(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = s_lastModified;
                if (!name.EndsWith('/'))
                {
                    using var stream = entry.Open();
                    stream.Write(content);
                }
            }
        }
        return memory.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_api is not null)
            await _api.DisposeAsync().ConfigureAwait(false);
        if (_storage is not null)
            await _storage.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<(WebApplication App, Uri Address)> Host(int port, RequestDelegate handler)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>Records the request as its headers go out, so a client that has its answer always finds it recorded.</summary>
    private void RecordWhenAnswered(HttpContext context, string host, string body) =>
        context.Response.OnStarting(() =>
        {
            Requests.Enqueue(new RecordedRequest(host, context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers.Range.FirstOrDefault(), body,
                context.Response.StatusCode));
            return Task.CompletedTask;
        });

    private static async Task Json(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body, s_json)).ConfigureAwait(false);
    }

    private static Task Error(HttpContext context, int status, string message) =>
        Json(context, status, new { code = status, message });

    private static async Task Text(HttpContext context, int status, string text, string type = "text/plain")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        await context.Response.WriteAsync(text).ConfigureAwait(false);
    }

    private static string Md5Base64(byte[] content) =>
#pragma warning disable CA5351 // the md5 of x-goog-hash, as GCS publishes it
        Convert.ToBase64String(System.Security.Cryptography.MD5.HashData(content));
#pragma warning restore CA5351

    private static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private sealed class Upload
    {
        public required string Slug { get; init; }

        public required string FileName { get; init; }

        public required long Length { get; init; }

        public required string Token { get; init; }

        public byte[]? Content { get; set; }

        public bool Used { get; set; }
    }
}
