using Kaggle.Core.Data;
using Kaggle.Core.IO;
using Kaggle.Runner.Runs;
using Kaggle.Runner.Submission;
using Spectre.Console;

namespace Kaggle.Runner.Stages;

/// <summary>
/// Checks the latest run's submission file as Kaggle would read it: it is the file the run wrote (same hash), it has
/// the expected header and keys in order (the sample submission's, or the test file's keys when there is none), and every value is inside the metric's domain.
/// </summary>
public sealed class ValidateStage(RunContext context)
{
    /// <summary>Checks the latest submission and prints that it passes; returns its run record.</summary>
    public RunRecord Run()
    {
        var (record, summary) = Check();
        context.Console.MarkupLineInterpolated($"[green]Validate[/]: {summary}");
        return record;
    }

    /// <summary>
    /// Checks the latest submission without printing (Submit re-checks the file it uploads, but the build's Validate
    /// task, which Submit depends on, has already said it passes); returns the run record and what passed.
    /// </summary>
    public (RunRecord Record, string Summary) Check()
    {
        var store = context.Store;
        var latest = store.Latest()
            ?? throw new StageException($"No run of {context.Config.Slug} yet ({store.Relative(store.LatestPath)} is missing): run the Train stage first.");
        var record = store.Read(latest.RunId);
        var path = Path.Combine(context.Options.RepositoryRoot, record.Submission.Path);
        if (!File.Exists(path))
            throw new StageException($"Run {record.RunId}'s submission {record.Submission.Path} is missing.");
        if (ContentHash.OfFile(path) != record.Submission.Sha256)
            throw new StageException($"{record.Submission.Path} was changed after run {record.RunId} wrote it (its hash differs from run.json).");

        var template = SubmissionTemplate.Load(context.DataFolder, context.Config);
        var submission = CsvReader.Read(path, CsvReadOptions.AllText);
        var spec = context.Config.SubmissionSpec(template.Names.ToArray());
        Gatekeeper.Check(template, submission, spec, record.Submission.Path);
        return (record, FormattableString.Invariant(
            $"{record.Submission.Path} passes: {submission.RowCount} rows, header {string.Join(",", submission.Names)}, ids as in {context.Config.SampleFile ?? context.Config.Test}, values in the {spec.Kind.ToString().ToLowerInvariant()} domain; CV {record.Cv.Metric} {record.Cv.Mean:F4} ± {record.Cv.Std:F4}"));
    }
}
