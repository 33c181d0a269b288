using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Kaggle.Tuning.Storage;

/// <summary>
/// A study database in one SQLite file (the default: <c>submissions/&lt;slug&gt;/tune.db</c>), shared by the worker
/// processes of one machine. Write-ahead logging lets readers run beside a writer; hand-outs take the write lock up front
/// (<c>BEGIN IMMEDIATE</c>), so two workers never read the same state and create the same trial.
/// </summary>
public sealed class SqliteStudyStorage : SqlStudyStorage
{
    private readonly string _connectionString;

    public SqliteStudyStorage(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, DefaultTimeout = 120, Pooling = true }.ToString();
        Guarded(() =>
        {
            using var connection = Connect();
            return Execute(connection, null, "PRAGMA journal_mode = WAL");
        });
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override string Description => $"sqlite:{Path}";

    protected override IReadOnlyList<string> Schema =>
    [
        "CREATE TABLE IF NOT EXISTS tune_studies (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, "
            + "space TEXT NOT NULL, maximize INTEGER NOT NULL, sampler TEXT NOT NULL, seed INTEGER NOT NULL, created INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tune_trials (id INTEGER PRIMARY KEY AUTOINCREMENT, study_id INTEGER NOT NULL REFERENCES tune_studies(id), "
            + "number INTEGER NOT NULL, state TEXT NOT NULL, params TEXT NOT NULL, folds TEXT NOT NULL, value REAL, worker TEXT, started INTEGER, "
            + "finished INTEGER, heartbeat INTEGER, retry_of INTEGER, error TEXT, UNIQUE (study_id, number))",
    ];

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Other workers hold the write lock for milliseconds at a time: wait for it rather than fail.
        Execute(connection, null, "PRAGMA busy_timeout = 120000");
        return connection;
    }

    protected override DbTransaction BeginExclusive(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    protected override DbTransaction BeginHandOut(DbConnection connection, long studyId) => BeginExclusive(connection);
}
