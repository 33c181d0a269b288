using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner.Stages;

/// <summary>
/// Uploads the latest checked submission when Kaggle credentials exist (and, with --wait, records the public score in
/// the run record and latest.json); otherwise says plainly that nothing was uploaded and succeeds, since the checked
/// file is ready for a manual upload. A --fast run (a smoke run on a subset) is never uploaded.
/// </summary>
public sealed class SubmitStage(RunContext context)
{
    public async Task<RunRecord> RunAsync(CancellationToken cancellationToken)
    {
        var record = new ValidateStage(context).Run();
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
        var score = receipt.PublicScore is { } s ? $", public score {s:F5}" : "";
        context.Console.MarkupLineInterpolated($"[green]Submit[/]: submission {receipt.Reference} {receipt.Status}{score}");
        return updated;
    }

    private RunRecord Record(RunRecord record, SubmissionReceipt receipt, string message)
    {
        var upload = new UploadRecord(DateTime.UtcNow, receipt.Reference, receipt.Status, receipt.PublicScore, message);
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
