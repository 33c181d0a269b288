using System.Data.Common;
using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Storage;

/// <summary>
/// The storage logic shared by SQLite and PostgreSQL, in portable SQL over ADO.NET; each dialect supplies connections,
/// the table definitions and how a hand-out transaction takes its lock. Times are UTC milliseconds since 1970.
/// </summary>
public abstract partial class SqlStudyStorage : IStudyStorage
{
    private const string TrialColumns = "id, number, state, params, folds, value, worker, started, finished, retry_of, error";

    public abstract string Description { get; }

    /// <summary>A new open connection (pooled by the provider).</summary>
    protected abstract DbConnection Connect();

    /// <summary>The CREATE TABLE / INDEX statements (idempotent).</summary>
    protected abstract IReadOnlyList<string> Schema { get; }

    /// <summary>A transaction that serialises schema creation and study opening among all workers.</summary>
    protected abstract DbTransaction BeginExclusive(DbConnection connection);

    /// <summary>A transaction that serialises hand-outs for <paramref name="studyId"/> among all workers.</summary>
    protected abstract DbTransaction BeginHandOut(DbConnection connection, long studyId);

    /// <summary>Appended to the query that picks a waiting trial (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).</summary>
    protected virtual string LockWaiting => "";

    public StudyInfo OpenStudy(StudyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Guarded(() =>
        {
            using var connection = Connect();
            using var transaction = BeginExclusive(connection);
            foreach (var statement in Schema) Execute(connection, transaction, statement);
            var study = FindStudy(connection, transaction, definition);
            if (study is null)
            {
                using var insert = Command(connection, transaction,
                    "INSERT INTO tune_studies (name, fingerprint, space, maximize, sampler, seed, created) VALUES (@name, @fingerprint, @space, @maximize, @sampler, @seed, @now) RETURNING id",
                    ("name", definition.Name), ("fingerprint", definition.Space.Fingerprint()), ("space", definition.Space.Describe()),
                    ("maximize", definition.Maximize ? 1 : 0), ("sampler", definition.Sampler), ("seed", definition.Seed), ("now", Now()));
                study = new StudyInfo(Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), definition);
            }
            transaction.Commit();
            return study;
        });
    }

    public TrialRecord? Claim(StudyInfo study, ClaimRequest request)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(request);
        return Guarded(() =>
        {
            using var connection = Connect();
            using var transaction = BeginHandOut(connection, study.Id);
            var now = Now();
            var trials = ReadTrials(connection, transaction, study.Id);
            var next = trials.Count == 0 ? 0 : trials.Max(t => t.Number) + 1;
            // A running trial whose heartbeat stopped belongs to a dead worker: fail it and queue its parameters again.
            foreach (var dead in ExpiredTrials(connection, transaction, study.Id, now - (long)request.Grace.TotalMilliseconds))
            {
                Execute(connection, transaction, "UPDATE tune_trials SET state = 'failed', finished = @now, error = @error WHERE id = @id",
                    ("now", now), ("error", $"heartbeat expired (worker {dead.Worker})"), ("id", dead.Id));
                Insert(connection, transaction, study.Id, next++, TrialState.Waiting, dead.Parameters, null, now, dead.Number);
            }
            var waiting = WaitingTrial(connection, transaction, study.Id);
            long id;
            if (waiting is not null)
            {
                id = waiting.Value;
                Execute(connection, transaction, "UPDATE tune_trials SET state = 'running', worker = @worker, started = @now, heartbeat = @now WHERE id = @id",
                    ("worker", request.Worker), ("now", now), ("id", id));
            }
            else
            {
                var used = trials.Count(t => t.State is TrialState.Running or TrialState.Complete or TrialState.Pruned);
                if (used >= request.Budget)
                {
                    transaction.Commit();
                    return null;
                }
                var finished = trials.Where(t => t.State is TrialState.Complete or TrialState.Pruned).ToList();
                id = Insert(connection, transaction, study.Id, next, TrialState.Running, request.Sample(finished, next), request.Worker, now, null);
            }
            var claimed = ReadTrials(connection, transaction, study.Id, id).Single();
            transaction.Commit();
            return claimed;
        });
    }

    public bool Report(long trialId, IReadOnlyList<double> foldScores) => Guarded(() =>
    {
        using var connection = Connect();
        return Execute(connection, null, "UPDATE tune_trials SET folds = @folds, heartbeat = @now WHERE id = @id AND state = 'running'",
            ("folds", StorageJson.Folds(foldScores)), ("now", Now()), ("id", trialId)) == 1;
    });

    public bool Heartbeat(long trialId) => Guarded(() =>
    {
        using var connection = Connect();
        return Execute(connection, null, "UPDATE tune_trials SET heartbeat = @now WHERE id = @id AND state = 'running'", ("now", Now()), ("id", trialId)) == 1;
    });

    public bool Finish(long trialId, TrialOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Guarded(() =>
        {
            using var connection = Connect();
            return Execute(connection, null,
                "UPDATE tune_trials SET state = @state, folds = @folds, value = @value, finished = @now, error = @error WHERE id = @id AND state = 'running'",
                ("state", StateText(outcome.State)), ("folds", StorageJson.Folds(outcome.FoldScores)), ("value", outcome.Value),
                ("now", Now()), ("error", outcome.Error), ("id", trialId)) == 1;
        });
    }

    public IReadOnlyList<TrialRecord> Trials(long studyId) => Guarded(() =>
    {
        using var connection = Connect();
        return ReadTrials(connection, null, studyId);
    });

    private StudyInfo? FindStudy(DbConnection connection, DbTransaction transaction, StudyDefinition definition)
    {
        using var select = Command(connection, transaction, "SELECT id, fingerprint, space, maximize, sampler, seed FROM tune_studies WHERE name = @name", ("name", definition.Name));
        using var reader = select.ExecuteReader();
        if (!reader.Read()) return null;
        var (fingerprint, space, maximize, sampler, seed) = (reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0, reader.GetString(4), reader.GetInt64(5));
        if (fingerprint != definition.Space.Fingerprint())
            throw new SearchSpaceMismatchException(
                $"Study '{definition.Name}' in {Description} was created with another search space (fingerprint {fingerprint}, this worker's is "
                + $"{definition.Space.Fingerprint()}). Every worker of a study must declare the same space: use a new --study name, or run the "
                + $"code the study was created with.\nStored:\n  {space.Replace("\n", "\n  ", StringComparison.Ordinal)}\n"
                + $"This worker:\n  {definition.Space.Describe().Replace("\n", "\n  ", StringComparison.Ordinal)}");
        if (maximize != definition.Maximize || sampler != definition.Sampler || seed != definition.Seed)
            throw new SearchSpaceMismatchException(
                $"Study '{definition.Name}' in {Description} is stored as {(maximize ? "maximize" : "minimize")}, sampler {sampler}, seed {seed}; this worker "
                + $"asks for {(definition.Maximize ? "maximize" : "minimize")}, sampler {definition.Sampler}, seed {definition.Seed}. Use a new --study name, or the study's settings.");
        return new StudyInfo(reader.GetInt64(0), definition);
    }
}
