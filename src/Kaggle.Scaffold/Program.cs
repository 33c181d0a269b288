using System.CommandLine;
using Kaggle.Api;
using Kaggle.Core.Data;
using Kaggle.Runner;
using Kaggle.Scaffold;
using Spectre.Console;

// `dotnet cake --target=New` runs this: it writes competitions/<slug>/ from the competition's files.
var competition = new Option<string>("--competition") { Description = "The competition's Kaggle slug.", Required = true };
var repoRoot = new Option<string?>("--repo-root") { Description = "Repository root (default: the folder holding Kaggle.sln above the current directory)." };
var mirror = new Option<string?>("--mirror") { Description = "Folder holding <slug>/ with the competition's files (default: KAGGLE_DATA_MIRROR, else the Kaggle API)." };
var metric = new Option<string?>("--metric") { Description = "The metric instead of the inferred one (accuracy, logloss, auc, f1, rmse, rmsle, mae)." };
var target = new Option<string?>("--target-column") { Description = "The target column (required when there is no sample submission)." };
var id = new Option<string?>("--id-column") { Description = "The id column when there is no sample submission (default: the test file's first column)." };
var verbose = new Option<bool>("--verbose") { Description = "On failure, print the stack trace too." };
var root = new RootCommand("Writes competitions/<slug>/ for a new competition: project, competition.json and a baseline.")
{
    competition, repoRoot, mirror, metric, target, id, verbose,
};
root.SetAction(parsed =>
{
    var console = AnsiConsole.Console;
    // Logs (CI, a redirected build) get whole lines instead of wrapped ones, as the competition programs do.
    if (Console.IsOutputRedirected) console.Profile.Width = Math.Max(console.Profile.Width, 160);
    try
    {
        var options = new ScaffoldOptions
        {
            Slug = parsed.GetRequiredValue(competition),
            RepositoryRoot = parsed.GetValue(repoRoot) ?? CompetitionRunner.FindRepositoryRoot(Directory.GetCurrentDirectory()),
            Mirror = parsed.GetValue(mirror) ?? (Environment.GetEnvironmentVariable("KAGGLE_DATA_MIRROR") is { Length: > 0 } m ? m : null),
            Metric = parsed.GetValue(metric),
            TargetColumn = parsed.GetValue(target),
            IdColumn = parsed.GetValue(id),
        };
        using var kaggle = new KaggleApiService();
        var (plan, folder) = Scaffolder.RunAsync(options, kaggle, CancellationToken.None).GetAwaiter().GetResult();
        console.MarkupLineInterpolated($"[green]New[/]: wrote {Path.GetRelativePath(options.RepositoryRoot, folder)}/ ({plan.Name}) and added it to Kaggle.sln");
        console.MarkupLineInterpolated($"  {plan.Task.ToString().ToLowerInvariant()} on '{plan.Layout.Target}' keyed by {string.Join(" + ", plan.Layout.Keys)}, metric {plan.Metric}, {plan.SubmissionKind.ToString().ToLowerInvariant()} submission; files {plan.Files.Train}, {plan.Files.Test}, {plan.Files.Sample ?? "(no sample)"}");
        console.MarkupLineInterpolated($"  next: dotnet cake --target=Submit --competition={plan.Slug}{(options.Mirror is null ? "" : $" --mirror={options.Mirror}")}");
        return 0;
    }
    catch (Exception e) when (e is ScaffoldException or StageException or CsvFormatException or InvalidDataException or IOException or UnauthorizedAccessException)
    {
        console.MarkupLineInterpolated($"[red]New failed[/]: {e.Message}");
        if (parsed.GetValue(verbose)) console.WriteException(e);
        return 1;
    }
});
var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    foreach (var error in result.Errors) AnsiConsole.MarkupLineInterpolated($"[red]Invalid option[/]: {error.Message}");
    return 1;
}
return result.Invoke();
