using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Core.Features;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Validation;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>
/// A competition whose cross-validation groups are a column that only <see cref="Prepare"/> derives ("Family", from x),
/// named by competition.json's cv.groups (or another name given to the constructor). Deleted on dispose.
/// </summary>
internal sealed class GroupedCompetition : Competition, IDisposable
{
    public GroupedCompetition(string groups = "Family")
    {
        Root = Directory.CreateTempSubdirectory("kaggle-grouped-").FullName;
        File.WriteAllText(Path.Combine(Root, "Kaggle.sln"), "");
        Mirror = Path.Combine(Root, "mirror");
        var folder = Directory.CreateDirectory(Path.Combine(Mirror, "grouped")).FullName;
        File.WriteAllText(Path.Combine(folder, "train.csv"), "Id,x,y\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"{i},{i % 8},{(3 * (i % 8)) + 1}\n")));
        File.WriteAllText(Path.Combine(folder, "test.csv"), "Id,x\n101,1\n102,2\n");
        File.WriteAllText(Path.Combine(folder, "sample_submission.csv"), "Id,y\n101,0\n102,0\n");
        ConfigPath = Path.Combine(Root, "competition.json");
        File.WriteAllText(ConfigPath, $$"""
            {"slug":"grouped","metric":"rmse","task":"regression","id":"Id","target":"y",
             "files":["train.csv","test.csv","sample_submission.csv"],"submissionKind":"value",
             "cv":{"scheme":"group","groups":"{{groups}}","folds":4,"repeats":2},"seed":5}
            """);
    }

    public string Root { get; }

    public string Mirror { get; }

    public override string ConfigPath { get; }

    /// <summary>The family of a row is its x (eight families of five rows).</summary>
    public override Frame Prepare(Frame frame) =>
        frame.With(CategoricalColumn.FromStrings("Family", [.. frame.Numeric("x").ToArray().Select(x => "f" + x)]));

    public override Experiment Build(BuildContext context) =>
        new([new ModelSpec("ridge", new DropColumns("Family"), _ => new RidgeRegression())]) { Ensemble = new SingleModel("ridge") };

    public string[] Args(string verb) => [verb, "--repo-root", Root, "--mirror", Mirror];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
