using System.Globalization;
using Kaggle.Core.Ensembles;
using Kaggle.Core.Features;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Validation;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>
/// A synthetic KPI-style competition in a temporary repository: rows keyed by <c>KPI ID</c> + <c>timestamp</c> (each
/// timestamp appears once per KPI, so neither column alone is a key), a binary anomaly label, no id column and no
/// sample submission: the submission's keys come from the test file. Deleted on dispose.
/// </summary>
internal sealed class KeyedCompetition : Competition, IDisposable
{
    public KeyedCompetition()
    {
        Root = Directory.CreateTempSubdirectory("kaggle-keyed-").FullName;
        File.WriteAllText(Path.Combine(Root, "Kaggle.sln"), "");
        Mirror = Path.Combine(Root, "mirror");
        var folder = Directory.CreateDirectory(Path.Combine(Mirror, "kpi")).FullName;
        File.WriteAllText(Path.Combine(folder, "train.csv"), "KPI ID,timestamp,value,label\n" + string.Concat(Rows(0, 40).Select(r => $"{r.Kpi},{r.Time},{r.Value},{r.Label}\n")));
        // Test rows in an order of their own (KPI b first), which the submission must keep.
        File.WriteAllText(Path.Combine(folder, "test.csv"), "KPI ID,timestamp,value\n" + string.Concat(Rows(40, 6).OrderBy(r => r.Kpi == "a").Select(r => $"{r.Kpi},{r.Time},{r.Value}\n")));
        ConfigPath = Path.Combine(Root, "competition.json");
        File.WriteAllText(ConfigPath, """
            {"slug":"kpi","metric":"accuracy","task":"binary","target":"label","labels":["0","1"],
             "files":["train.csv","test.csv"],"submissionKind":"label",
             "submission":{"keys":["KPI ID","timestamp"],"columns":["label"]},
             "cv":{"scheme":"stratified","folds":2,"repeats":1},"seed":3}
            """);
    }

    public string Root { get; }

    public string Mirror { get; }

    public override string ConfigPath { get; }

    /// <summary>The test file's keys in its order, as the submission must list them.</summary>
    public static IReadOnlyList<string> TestKeys => [.. Rows(40, 6).OrderBy(r => r.Kpi == "a").Select(r => $"{r.Kpi},{r.Time}")];

    public override Experiment Build(BuildContext context) =>
        new([new ModelSpec("logreg", new FeaturePipeline(), _ => new LogisticRegression())]) { Ensemble = new SingleModel("logreg") };

    public string[] Args(string verb) => [verb, "--repo-root", Root, "--mirror", Mirror];

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Two KPIs sampled at the same timestamps; a value above 5 is an anomaly.</summary>
    private static IEnumerable<(string Kpi, string Time, string Value, int Label)> Rows(int start, int count) =>
        Enumerable.Range(start, count).Select(i =>
        {
            var value = (i * 7) % 11;
            return (i % 2 == 0 ? "a" : "b", (1_500_000_000 + (60 * (i / 2))).ToString(CultureInfo.InvariantCulture),
                value.ToString(CultureInfo.InvariantCulture), value > 5 ? 1 : 0);
        });
}
