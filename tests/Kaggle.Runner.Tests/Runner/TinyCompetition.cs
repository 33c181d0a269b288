using Kaggle.Core.Features;
using Kaggle.Core.Models;
using Kaggle.Core.Validation;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>
/// A throwaway competition in a temporary repository: a mirror with train/test/sample files, a competition.json,
/// and a regression experiment whose learner the test chooses. Deleted on dispose.
/// </summary>
internal sealed class TinyCompetition : Competition, IDisposable
{
    private readonly Func<int, ILearner<IModel>> _learner;
    private readonly Func<Experiment, Experiment> _configure;

    public TinyCompetition(Func<int, ILearner<IModel>> learner, string? trainCsv = null, string? testCsv = null, string labels = "",
        Func<Experiment, Experiment>? configure = null)
    {
        _learner = learner;
        _configure = configure ?? (e => e);
        Root = Directory.CreateTempSubdirectory("kaggle-runner-").FullName;
        File.WriteAllText(Path.Combine(Root, "Kaggle.sln"), "");
        Mirror = Path.Combine(Root, "mirror");
        var folder = Directory.CreateDirectory(Path.Combine(Mirror, "tiny")).FullName;
        File.WriteAllText(Path.Combine(folder, "train.csv"), trainCsv ?? DefaultTrain());
        File.WriteAllText(Path.Combine(folder, "test.csv"), testCsv ?? "Id,x\n101,1\n102,2\n103,3\n");
        File.WriteAllText(Path.Combine(folder, "sample_submission.csv"), "Id,y\n101,0\n102,0\n103,0\n");
        ConfigPath = Path.Combine(Root, "competition.json");
        File.WriteAllText(ConfigPath, $$"""
            {"slug":"tiny","metric":"rmse","task":"regression","id":"Id","target":"y",
             "files":["train.csv","test.csv","sample_submission.csv"],{{labels}}
             "submissionKind":"value","cv":{"scheme":"kfold","folds":3,"repeats":2},"seed":7}
            """);
    }

    public string Root { get; }

    public string Mirror { get; }

    public override string ConfigPath { get; }

    public override Experiment Build(BuildContext context) =>
        _configure(new([new ModelSpec("model", new FeaturePipeline(), _learner), new ModelSpec("model2", new FeaturePipeline(), _learner)]));

    public string[] Args(string verb, params string[] extra) => [verb, "--repo-root", Root, "--mirror", Mirror, .. extra];

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string DefaultTrain() =>
        "Id,x,y\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"{i},{i % 7},{(2 * (i % 7)) + 1}\n"));
}
