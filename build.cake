// Kaggle.NET build entry point: every stage of a competition, plus Setup, Build and Test.
//   dotnet cake --target=Submit --competition=titanic --mirror=../shared/data
//   dotnet cake --target=Test
// The logic lives in C# (src/Kaggle.Runner); these scripts only orchestrate.

#load "build/parameters.cake"
#load "build/setup.cake"
#load "build/competition.cake"
#load "build/tune.cake"
#load "build/scaffold.cake"

var parameters = BuildParameters.Load(Context);

Information(parameters.Describe());

// Competition stages need a valid --competition: check it before building anything.
if (new[] { "Download", "Train", "Validate", "Submit", "Runs", "Tune", "Report" }.Contains(parameters.Target))
    ResolveCompetition(Context, parameters.Competition);

Task("Setup")
    .Description("Installs native prerequisites (libxgboost0, libopenblas0-pthread) when missing.")
    .Does(() => EnsureNativePrerequisites(Context, parameters));

Task("Build")
    .Description("Builds the whole solution, and any competitions/<slug>/ project not yet in it.")
    .IsDependentOn("Setup")
    .Does(() =>
    {
        var settings = new DotNetBuildSettings { Configuration = parameters.Configuration, NoLogo = true };
        DotNetBuild("./Kaggle.sln", settings);
        foreach (var project in CompetitionsOutsideSolution(Context))
        {
            Information("Build: {0} is not in Kaggle.sln; building it too (dotnet sln add it to have it tested and opened in IDEs).", project);
            DotNetBuild(project.FullPath, settings);
        }
    });

Task("Test")
    .Description("Runs every test project.")
    .IsDependentOn("Build")
    .Does(() => DotNetTest("./Kaggle.sln", new DotNetTestSettings
    {
        Configuration = parameters.Configuration,
        NoBuild = true,
        NoLogo = true,
    }));

Task("Download")
    .Description("Fetches the competition's files into data/<slug>/ (from --mirror, KAGGLE_DATA_MIRROR or the Kaggle API).")
    .IsDependentOn("Build")
    .Does(() => RunCompetition(Context, parameters, "download"));

Task("Train")
    .Description("Cross-validates the competition's models and writes a run record and a submission.")
    .IsDependentOn("Download")
    .Does(() => RunCompetition(Context, parameters, "train"));

Task("Validate")
    .Description("Checks the latest submission against sample_submission.csv and the metric's domain.")
    .IsDependentOn("Train")
    .Does(() => RunCompetition(Context, parameters, "validate"));

Task("Submit")
    .Description("Uploads the latest checked submission when Kaggle credentials exist; otherwise says it did not.")
    .IsDependentOn("Validate")
    .Does(() => RunCompetition(Context, parameters, "submit"));

Task("Runs")
    .Description("Prints the table of recorded runs: CV against public leaderboard score.")
    .IsDependentOn("Build")
    .Does(() => RunCompetition(Context, parameters, "runs"));

Task("Tune")
    .Description("Searches a model's hyper-parameters (TPE or random, median pruning per fold) in a study stored in SQLite or PostgreSQL.")
    .IsDependentOn("Download")
    .Does(() => RunTune(Context, parameters));

Task("Report")
    .Description("Rebuilds submissions/<slug>/runs/<run-id>/report.html for --run=<id> (default: the latest run).")
    .IsDependentOn("Build")
    .Does(() => RunCompetition(Context, parameters, "report"));

Task("Default").IsDependentOn("Test");

RunTarget(parameters.Target);
