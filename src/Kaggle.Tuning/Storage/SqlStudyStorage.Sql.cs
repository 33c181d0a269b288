using System.Data.Common;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Storage;

// The SQL plumbing: commands with named parameters, trial rows in and out, and the error boundary.
public abstract partial class SqlStudyStorage
{
    /// <summary>A command on <paramref name="connection"/> with <c>@name</c> parameters (null values become SQL NULL).</summary>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Only the storage's own constant SQL; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Runs a statement; returns the rows it changed.</summary>
    protected static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static long Insert(DbConnection connection, DbTransaction transaction, long studyId, int number, TrialState state,
        IReadOnlyDictionary<string, object> parameters, string? worker, long now, int? retryOf)
    {
        var running = state == TrialState.Running;
        using var insert = Command(connection, transaction,
            "INSERT INTO tune_trials (study_id, number, state, params, folds, worker, started, heartbeat, retry_of) "
            + "VALUES (@study, @number, @state, @params, '[]', @worker, @started, @heartbeat, @retry) RETURNING id",
            ("study", studyId), ("number", number), ("state", StateText(state)), ("params", StorageJson.Parameters(parameters)),
            ("worker", worker), ("started", running ? now : null), ("heartbeat", running ? now : null), ("retry", retryOf));
        return Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<TrialRecord> ExpiredTrials(DbConnection connection, DbTransaction transaction, long studyId, long cutoff)
    {
        using var select = Command(connection, transaction,
            $"SELECT {TrialColumns} FROM tune_trials WHERE study_id = @study AND state = 'running' AND heartbeat < @cutoff ORDER BY number",
            ("study", studyId), ("cutoff", cutoff));
        return Read(select);
    }

    private long? WaitingTrial(DbConnection connection, DbTransaction transaction, long studyId)
    {
        using var select = Command(connection, transaction,
            $"SELECT id FROM tune_trials WHERE study_id = @study AND state = 'waiting' ORDER BY number LIMIT 1{LockWaiting}", ("study", studyId));
        return select.ExecuteScalar() is { } id and not DBNull ? Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static List<TrialRecord> ReadTrials(DbConnection connection, DbTransaction? transaction, long studyId, long? id = null)
    {
        using var select = Command(connection, transaction,
            $"SELECT {TrialColumns} FROM tune_trials WHERE study_id = @study{(id is null ? "" : " AND id = @id")} ORDER BY number",
            ("study", studyId), ("id", id));
        return Read(select);
    }

    private static List<TrialRecord> Read(DbCommand select)
    {
        var trials = new List<TrialRecord>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
            trials.Add(new TrialRecord(
                reader.GetInt64(0), reader.GetInt32(1), Enum.Parse<TrialState>(reader.GetString(2), ignoreCase: true),
                StorageJson.ReadParameters(reader.GetString(3)), StorageJson.ReadFolds(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                Time(reader, 7), Time(reader, 8), reader.IsDBNull(9) ? null : reader.GetInt32(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        return trials;
    }

    private static DateTimeOffset? Time(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));

    private static string StateText(TrialState state) => state.ToString().ToLowerInvariant();

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>Runs a storage operation; a database error becomes one message naming the storage (password redacted).</summary>
    protected T Guarded<T>(Func<T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return operation();
        }
        catch (DbException e)
        {
            throw new TuningStorageException($"Study storage {Description}: {e.Message}", e);
        }
        catch (InvalidOperationException e) when (e.InnerException is DbException or System.Net.Sockets.SocketException)
        {
            throw new TuningStorageException($"Study storage {Description}: {e.Message}", e);
        }
    }
}
