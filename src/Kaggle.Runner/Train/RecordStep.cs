using Kaggle.Core.IO;
using Kaggle.Core.Validation;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, step 8: writes the run's prediction files (oof.csv, test.csv, folds.csv) and its record (run.json: inputs,
/// every model's and ensemble's cross-validation, the ensembles' fitted parameters as data, the logs, durations), and
/// the features' importances and boosters' curves, then the report (report.html), and makes it the latest run. Everything
/// is staged first and committed together with the submission: a run folder without run.json, or a submission without
/// its run, never becomes visible.
/// </summary>
internal static class RecordStep
{
    public static RunRecord Run(RunContext context, TrainedRun run, WrittenSubmission submission, StepTimer timer, StagedOutputs outputs)
    {
        var store = context.Store;
        var (data, inputs, combined) = (run.Data, run.Inputs, run.Combination);
        var final = combined.Final;
        var folder = outputs.Folder(store.RunFolder(submission.RunId));
        PredictionFiles.Write(folder, data, context.Config.Keys, combined.Reported, final);
        var models = combined.Reported.Append(final).Distinct()
            .Select(r => new ModelRecord(r.Model, r.Parameters, Summary(r), r.Seconds) { Ensemble = combined.Ensembles.GetValueOrDefault(r.Model) })
            .ToList();
        var record = new RunRecord
        {
            RunId = submission.RunId,
            Competition = context.Config.Slug,
            CreatedUtc = submission.CreatedUtc,
            Fingerprint = inputs.Fingerprint,
            Git = GitInfo.Read(context.Options.RepositoryRoot),
            CodeHash = inputs.CodeHash,
            Data = inputs.DataFiles,
            Parameters = inputs.Parameters,
            Seeds = context.Options.Seeds,
            FoldScheme = $"{context.Config.Cv.Scheme} {context.Config.Cv.Folds}-fold × {context.Options.Repeats} (assignments in folds.csv)",
            Models = models,
            Final = final.Model,
            Cv = Summary(final),
            Submission = new SubmissionFileRecord(store.Relative(submission.Path), ContentHash.OfFile(submission.StagedPath), submission.Rows),
            Versions = Fingerprint.Versions(),
            DurationsSeconds = timer.WithTotal(),
            Logs = run.Log.Lines(),
            Importance = run.Log.Diagnostics.Importance(),
            Curves = run.Log.Diagnostics.Curves(),
            Adversarial = run.Log.Adversarial,
        };
        RunJson.Write(Path.Combine(folder, "run.json"), record);
        ReportStep.Run(context, record, folder);
        outputs.Commit();
        store.SetLatest(record);
        return record;
    }

    public static CvSummary Summary(CrossValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CvSummary(result.Metric, result.HigherIsBetter, result.Mean, result.Std, result.OutOfFoldScore,
            result.Folds.Select(f => new FoldScore(f.Repeat, f.Seed, f.Fold, f.Score, f.Seconds)).ToList())
        {
            SeedMeans = result.SeedMeans,
            SeedStd = result.SeedStd,
            Threshold = result.Threshold,
        };
    }
}
