using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner.Stages;

/// <summary>
/// Uploads the latest checked submission when Kaggle credentials exist (and, with --wait, records the public score in
/// the run record and latest.json); otherwise says plainly that nothing was uploaded and succeeds, since the checked
/// file is ready for a manual upload. A --fast run (a smoke run on a subset) is never uploaded, and neither is a file
/// whose exact bytes were already uploaded for this competition (unless --force): Kaggle would score it the same and
/// count it against the day's quota.
/// </summary>
public sealed class SubmitStage(RunContext context)
{
    public async Task<RunRecord> RunAsync(CancellationToken cancellationToken)
    {
        // Checked again here (the file must not have changed since), but not announced again: the build's Validate
        // task, which Submit depends on, has just printed that it passes.
        var (record, _) = new ValidateStage(context).Check();
        var path = Path.Combine(context.Options.RepositoryRoot, record.Submission.Path);
        if (record.Parameters.TryGetValue("fast", out var fast) && fast == "true")
        {
            context.Console.MarkupLineInterpolated(
                $"[yellow]Submit[/]: not uploaded: run {record.RunId} is a --fast smoke run on a subset. The checked submission is {record.Submission.Path}.");
            return record;
        }
        if (context.Kaggle is null || !context.Kaggle.TryDescribeCredentials(out var credentials))
        {
            context.Console.MarkupLineInterpolated(
                $"[yellow]Submit[/]: not uploaded: no Kaggle credentials found (KAGGLE_API_TOKEN, ~/.kaggle/access_token, KAGGLE_USERNAME/KAGGLE_KEY or ~/.kaggle/kaggle.json). The checked submission is {record.Submission.Path}.");
            return record;
        }
        if (!context.Options.Force && PreviousUpload(record.Submission.Sha256) is var (run, upload))
        {
            var score = upload.PublicScore is { } known ? $", public score {known:F5}" : "";
            context.Console.MarkupLineInterpolated(
                $"[yellow]Submit[/]: not uploaded: {record.Submission.Path} is byte for byte the file uploaded on {upload.UploadedUtc:yyyy-MM-dd HH:mm} UTC as submission {upload.Reference} of run {run.RunId} ({upload.Status}{score}); uploading it again would only use up a submission of the day's quota. Pass --force to upload it anyway.");
            return record;
        }
        var message = context.Options.Message
            ?? $"{record.RunId} | commit {Short(record.Git)} | CV {record.Cv.Metric} {record.Cv.Mean:F4} ± {record.Cv.Std:F4}";
        context.Console.MarkupLineInterpolated($"[blue]Submit[/]: uploading {record.Submission.Path} to {context.Config.Slug} (credentials: {credentials})");
        SubmissionReceipt receipt;
        try
        {
            receipt = await context.Kaggle.SubmitAsync(context.Config.Slug, path, message, context.Options.Wait, cancellationToken).ConfigureAwait(false);
        }
        catch (SubmissionFailedException e)
        {
            // Kaggle holds the file (and counted it): the run record says so before the stage fails.
            Record(record, e.Receipt, message);
            throw;
        }
        var updated = Record(record, receipt, message);
        var publicScore = receipt.PublicScore is { } s ? $", public score {s:F5}" : "";
        context.Console.MarkupLineInterpolated($"[green]Submit[/]: submission {receipt.Reference} {receipt.Status}{publicScore}");
        return updated;
    }

    /// <summary>
    /// The earliest upload of a file with this SHA-256 among every run of the competition, or null. An upload recorded
    /// before hashes were kept was of its run's own submission file, so that file's hash stands in for it. Failed
    /// uploads count too: Kaggle counted them, and the same bytes would fail the same way.
    /// </summary>
    private (RunRecord Run, UploadRecord Upload)? PreviousUpload(string sha256)
    {
        foreach (var run in context.Store.All())
            foreach (var upload in run.Uploads)
                if (string.Equals(upload.Sha256 ?? run.Submission.Sha256, sha256, StringComparison.OrdinalIgnoreCase))
                    return (run, upload);
        return null;
    }

    private RunRecord Record(RunRecord record, SubmissionReceipt receipt, string message)
    {
        var upload = new UploadRecord(DateTime.UtcNow, receipt.Reference, receipt.Status, receipt.PublicScore, message) { Sha256 = record.Submission.Sha256 };
        var updated = record with
        {
            Uploads = [.. record.Uploads, upload],
            PublicScore = receipt.PublicScore ?? record.PublicScore,
        };
        context.Store.Save(updated);
        context.Store.SetLatest(updated);
        return updated;
    }

    private static string Short(GitState git) => (git.Commit.Length >= 8 ? git.Commit[..8] : git.Commit) + (git.Dirty ? "+dirty" : "");
}
