using Kaggle.Core.Data;
using Kaggle.Core.IO;
using Kaggle.Runner.Submission;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, step 7: lays the submitted test predictions out as the submission template (keys in its order), checks the
/// result with the gatekeeper and stages <c>submissions/&lt;slug&gt;/&lt;run-id&gt;.csv</c> under a new run id (it appears when the run is committed).
/// </summary>
internal static class WriteSubmissionStep
{
    public static WrittenSubmission Run(RunContext context, CompetitionData data, Combination combined, StagedOutputs outputs)
    {
        var final = combined.Final;
        var created = DateTime.UtcNow;
        var runId = context.Store.NewRunId(created, final.Model, final.Mean);
        var spec = context.Config.SubmissionSpec(data.Template.Names.ToArray());
        var predictions = final.Test ?? throw new StageException($"'{final.Model}' has no test predictions.");
        var submission = SubmissionBuilder.Build(data.Template, data.TestIds, predictions, spec);
        Gatekeeper.Check(data.Template, submission, spec, "built from the predictions");
        var path = context.Store.SubmissionPath(runId);
        var staged = outputs.File(path);
        CsvWriter.Write(submission, staged);
        return new WrittenSubmission(runId, created, path, staged, submission.RowCount);
    }
}
