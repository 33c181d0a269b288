using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kaggle.Tuning.Tests.Studies;

/// <summary>
/// A throw-away PostgreSQL server for the multi-process tests: initdb in a temp folder, listening on 127.0.0.1 only, on a
/// free port, trust authentication (the URI still carries a password, to check it is never printed), stopped and deleted
/// afterwards. As root it runs the server binaries as the <c>postgres</c> user (PostgreSQL refuses to run as root).
/// When the binaries are not installed, <see cref="SkipReason"/> says so and the tests skip.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _bin;
    private string? _folder;

    /// <summary>postgres://tune:…@127.0.0.1:port/postgres once started.</summary>
    public string Uri { get; private set; } = "";

    /// <summary>Why the server is not available, or null when it runs.</summary>
    public string? SkipReason { get; private set; }

    public ValueTask InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (_bin is null)
        {
            SkipReason = "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (install Debian's postgresql package; .ci/run does).";
            return ValueTask.CompletedTask;
        }
        var root = Environment.UserName == "root";
        if (root && Run("id", "-u", "postgres").ExitCode != 0)
        {
            SkipReason = "Running as root and there is no 'postgres' user to run the server as (PostgreSQL refuses to run as root).";
            return ValueTask.CompletedTask;
        }
        _folder = Directory.CreateTempSubdirectory("kaggle-pg-").FullName;
        if (root) Run("chown", "postgres", _folder).Check("chown");
        var data = Path.Combine(_folder, "data");
        Server("initdb", "-D", data, "-U", "tune", "-A", "trust", "--no-sync", "-E", "UTF8").Check("initdb");
        var port = FreePort();
        Server("pg_ctl", "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-o",
            $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start").Check("pg_ctl start");
        Uri = $"postgres://tune:not-printed@127.0.0.1:{port}/postgres";
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Server("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
            Directory.Delete(_folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    private (int ExitCode, string Output) Server(string program, params string[] arguments)
    {
        var path = Path.Combine(_bin!, program);
        return Environment.UserName == "root" ? Run("runuser", ["-u", "postgres", "--", path, .. arguments]) : Run(path, arguments);
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
