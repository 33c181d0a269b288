using System.Data.Common;
using Npgsql;

namespace Kaggle.Tuning.Storage;

/// <summary>
/// A study database on a PostgreSQL server, so workers on several machines share one study. A hand-out locks the
/// study's row (<c>SELECT … FOR UPDATE</c>) for its short transaction, and a waiting trial is taken with
/// <c>FOR UPDATE SKIP LOCKED</c>; schema creation and study opening run under a transaction-scoped advisory lock.
/// </summary>
public sealed class PostgresStudyStorage : SqlStudyStorage
{
    // Any fixed number: the key of the advisory lock that serialises CREATE TABLE and study creation.
    private const long SchemaLock = 0x4B61676C6554756E;
    private readonly string _connectionString;

    /// <summary>Opens the database at <paramref name="uri"/>: <c>postgres://user:password@host:port/database</c>.</summary>
    public PostgresStudyStorage(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        Description = StorageUri.Redact(uri.OriginalString);
        var user = uri.UserInfo.Split(':', 2);
        _connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Username = Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } name ? Uri.UnescapeDataString(name) : "postgres",
            Timeout = 15,
        }.ToString();
    }

    public override string Description { get; }

    protected override IReadOnlyList<string> Schema =>
    [
        "CREATE TABLE IF NOT EXISTS tune_studies (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, "
            + "space TEXT NOT NULL, maximize BIGINT NOT NULL, sampler TEXT NOT NULL, seed BIGINT NOT NULL, created BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tune_trials (id BIGSERIAL PRIMARY KEY, study_id BIGINT NOT NULL REFERENCES tune_studies(id), "
            + "number INTEGER NOT NULL, state TEXT NOT NULL, params TEXT NOT NULL, folds TEXT NOT NULL, value DOUBLE PRECISION, worker TEXT, "
            + "started BIGINT, finished BIGINT, heartbeat BIGINT, retry_of INTEGER, error TEXT, UNIQUE (study_id, number))",
    ];

    protected override string LockWaiting => " FOR UPDATE SKIP LOCKED";

    protected override DbConnection Connect()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    protected override DbTransaction BeginExclusive(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", SchemaLock));
        return transaction;
    }

    protected override DbTransaction BeginHandOut(DbConnection connection, long studyId)
    {
        var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "SELECT id FROM tune_studies WHERE id = @id FOR UPDATE", ("id", studyId));
        return transaction;
    }
}
