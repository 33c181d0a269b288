using System.CommandLine;
using Kaggle.Core.IO;
using Kaggle.Runner.Stages;
using Kaggle.Runner.Train;
using Kaggle.Runner.Tune;
using Spectre.Console;

namespace Kaggle.Runner;

/// <summary>
/// The command line of a competition program: <c>download | train | validate | submit | runs | report</c> with
/// <c>--mirror</c>, <c>--seed</c>, <c>--seeds</c>, <c>--force</c>, <c>--fast</c>, <c>--wait</c>, <c>--message</c>,
/// <c>--run</c> (report) and <c>--repo-root</c>. A competition's Program.cs is one line: <c>return KaggleCompetitionRunner.Run(args, new MyCompetition());</c> (Kaggle.Api wires in the Kaggle client).
/// Options are checked when parsed. Every stage runs inside one error boundary: an expected failure (bad data or option, a
/// missing or unwritable file, a full disk) prints one paragraph and exits with 1, a bug says so and exits with 2, and the
/// stack trace is printed only with <c>--verbose</c>. Ctrl-C and SIGTERM roll back the run being written and exit with 130/143.
/// </summary>
public static class CompetitionRunner
{
    public static int Run(string[] args, Competition competition, IKaggleService? kaggle = null, IAnsiConsole? console = null)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (console is null)
        {
            console = AnsiConsole.Console;
            // Logs (CI, a redirected build) get wide tables instead of wrapped cells.
            if (Console.IsOutputRedirected) console.Profile.Width = Math.Max(console.Profile.Width, 160);
        }
        var repoRoot = new Option<string?>("--repo-root") { Description = "Repository root (default: the folder holding Kaggle.sln above the current directory)." };
        var mirror = new Option<string?>("--mirror") { Description = "Folder holding <slug>/ with the competition's files (default: KAGGLE_DATA_MIRROR)." };
        var seed = new Option<int?>("--seed") { Description = "Base seed (default: competition.json's)." };
        var seeds = new Option<int?>("--seeds") { Description = "Repeat cross-validation with this many seeds and average the test predictions." };
        var force = new Option<bool>("--force") { Description = "Retrain even when a run with the same inputs exists." };
        var fast = new Option<bool>("--fast") { Description = "A quick run on a subset (for CI)." };
        var wait = new Option<bool>("--wait") { Description = "After uploading, wait for Kaggle's public score." };
        var message = new Option<string?>("--message") { Description = "The upload's description (default: run id, commit, CV)." };
        var verbose = new Option<bool>("--verbose") { Description = "On failure, print the stack trace too." };
        var run = new Option<string?>("--run") { Description = "The run id the report verb rebuilds (default: the latest)." };
        seeds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 and var n)
                result.AddError($"--seeds={n}: --seeds is how many times cross-validation is repeated with a new seed, so it must be 1 or more.");
        });
        Option[] all = [repoRoot, mirror, seed, seeds, force, fast, wait, message, verbose, run];

        var root = new RootCommand("Kaggle.NET competition stages");
        var tune = new TuneCommand();
        foreach (var (name, description) in Verbs)
        {
            var command = new Command(name, description);
            foreach (var option in all) command.Options.Add(option);
            if (name == "tune") tune.AddTo(command);
            command.SetAction(parsed => Execute(name, console, parsed.GetValue(verbose), () => tune.Read(parsed), () =>
                Context(competition, kaggle, console, parsed.GetValue(repoRoot), parsed.GetValue(mirror),
                    parsed.GetValue(seed), parsed.GetValue(seeds), parsed.GetValue(force), parsed.GetValue(fast), parsed.GetValue(wait), parsed.GetValue(message),
                    parsed.GetValue(run))));
            root.Subcommands.Add(command);
        }
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) console.MarkupLineInterpolated($"[red]Invalid option[/]: {error.Message}");
            return 1;
        }
        return result.Invoke();
    }

    private static readonly (string Name, string Description)[] Verbs =
    [
        ("download", "Fetch the competition's files into data/<slug>/."),
        ("train", "Cross-validate the models, write the run record and the submission."),
        ("validate", "Check the latest submission against the sample submission."),
        ("submit", "Upload the latest checked submission when credentials exist."),
        ("runs", "Print every run: CV against public score, then the public leaderboard when credentials exist."),
        ("report", "Rebuild report.html for a recorded run (--run=<id>, default the latest)."),
        ("tune", "Search a model's hyper-parameters (TPE or random, median pruning per fold) in a study shared through a database."),
    ];

    private static int Execute(string verb, IAnsiConsole console, bool verbose, Func<TuneOptions> tuneOptions, Func<RunContext> createContext)
    {
        using var interruption = new Interruption();
        try
        {
            var context = createContext();
            context.Interruption = interruption;
            switch (verb)
            {
                case "download": new DownloadStage(context).RunAsync(CancellationToken.None).GetAwaiter().GetResult(); break;
                case "train": new TrainStage(context).Run(); break;
                case "validate": new ValidateStage(context).Run(); break;
                case "submit": new SubmitStage(context).RunAsync(CancellationToken.None).GetAwaiter().GetResult(); break;
                case "report": new Report.ReportStage(context).Run(); break;
                case "tune": new TuneStage(context, tuneOptions()).Run(); break;
                default: new RunsStage(context).RunAsync(CancellationToken.None).GetAwaiter().GetResult(); break;
            }
            return 0;
        }
#pragma warning disable CA1031 // The command line's last line of defence: every exception ends here as a message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (StageErrors.Describe(e) is { } advice)
            {
                console.MarkupLineInterpolated($"[red]{verb} failed[/]: {advice}");
                if (verbose) console.WriteException(e);
                return 1;
            }
            var bug = StageErrors.Unwrap(e);
            console.MarkupLineInterpolated($"[red]{verb} failed unexpectedly[/]: {bug.GetType().Name}: {bug.Message}");
            if (verbose) console.WriteException(e);
            else console.MarkupLine("This looks like a bug, not a problem with your data or options. Run again with --verbose for the stack trace and report it.");
            return 2;
        }
    }

    private static RunContext Context(Competition competition, IKaggleService? kaggle, IAnsiConsole console, string? repoRoot, string? mirror,
        int? seed, int? seeds, bool force, bool fast, bool wait, string? message, string? run = null)
    {
        var root = repoRoot ?? FindRepositoryRoot(Directory.GetCurrentDirectory());
        var config = CompetitionConfig.Load(competition.ConfigPath);
        mirror ??= Environment.GetEnvironmentVariable("KAGGLE_DATA_MIRROR") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        var options = new RunOptions
        {
            RepositoryRoot = root,
            Mirror = mirror,
            Seed = seed ?? config.Seed,
            Repeats = seeds ?? config.Cv.Repeats,
            Force = force,
            Fast = fast,
            Wait = wait,
            Message = message,
            Run = run,
        };
        return new RunContext(competition, config, options, console, kaggle);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Kaggle.sln.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Kaggle.sln"))) return folder.FullName;
        throw new StageException($"No Kaggle.sln at or above {start}; pass --repo-root.");
    }
}
