using Kaggle.Tuning.Studies;

namespace Kaggle.Tuning.Storage;

/// <summary>
/// Where studies and their trials live, shared by every worker that opens the same storage: an SQLite file on one
/// machine, a PostgreSQL database across machines. Every method is one short transaction on its own connection, so
/// a storage object may be used from the worker's thread and its heartbeat timer at once.
/// </summary>
public interface IStudyStorage
{
    /// <summary>What the storage is, for messages, with any password replaced by <c>***</c>.</summary>
    string Description { get; }

    /// <summary>Creates the study or, when it exists, checks that <paramref name="definition"/> matches it (else <see cref="SearchSpaceMismatchException"/>).</summary>
    StudyInfo OpenStudy(StudyDefinition definition);

    /// <summary>
    /// Hands out one trial in a single transaction: first marks running trials whose heartbeat is older than the
    /// request's grace as failed and re-queues their parameters; then takes a waiting (re-queued) trial if there is one;
    /// otherwise, while fewer than the budget are running or finished, creates the next trial with parameters from the
    /// request's sampler. Returns null when the budget is used up. No trial is handed to two workers.
    /// </summary>
    TrialRecord? Claim(StudyInfo study, ClaimRequest request);

    /// <summary>Stores the fold scores so far and refreshes the heartbeat; false when the trial is no longer this worker's (it expired).</summary>
    bool Report(long trialId, IReadOnlyList<double> foldScores);

    /// <summary>Refreshes the heartbeat of a running trial; false when it is no longer running.</summary>
    bool Heartbeat(long trialId);

    /// <summary>Ends a running trial (complete, pruned or failed); false when it had already been taken away (expired).</summary>
    bool Finish(long trialId, TrialOutcome outcome);

    /// <summary>Every trial of the study, in number order.</summary>
    IReadOnlyList<TrialRecord> Trials(long studyId);
}
