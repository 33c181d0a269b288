using Kaggle.Core.IO;
using Kaggle.Runner.Runs;
using Spectre.Console;

namespace Kaggle.Runner;

/// <summary>What every stage needs: the competition, its config, the options, where data and runs live, the console, and Kaggle.</summary>
public sealed class RunContext
{
    public RunContext(Competition competition, CompetitionConfig config, RunOptions options, IAnsiConsole console, IKaggleService? kaggle)
    {
        Competition = competition ?? throw new ArgumentNullException(nameof(competition));
        Config = config ?? throw new ArgumentNullException(nameof(config));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Console = console ?? throw new ArgumentNullException(nameof(console));
        Kaggle = kaggle;
        DataFolder = Path.Combine(options.RepositoryRoot, "data", config.Slug);
        Store = new RunStore(options.RepositoryRoot, config.Slug);
    }

    public Competition Competition { get; }

    public CompetitionConfig Config { get; }

    public RunOptions Options { get; }

    public IAnsiConsole Console { get; }

    public IKaggleService? Kaggle { get; }

    /// <summary><c>data/&lt;slug&gt;</c>, absolute.</summary>
    public string DataFolder { get; }

    public RunStore Store { get; }

    /// <summary>The Ctrl-C/SIGTERM handler of the command line, if any: a stage registers what it must roll back on a signal.</summary>
    public Interruption? Interruption { get; set; }

    /// <summary>Data files' hashes, each computed once per run.</summary>
    internal Train.DataFileHashes DataHashes { get; } = new();
}
