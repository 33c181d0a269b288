using System.Globalization;
using Kaggle.Tuning.Samplers;
using Kaggle.Tuning.Space;
using Kaggle.Tuning.Storage;
using Kaggle.Tuning.Studies;

// A worker process for the multi-process tuning tests: joins study <study> in <storage> and runs trials of a synthetic
// objective (a quadratic in x with three "folds" of a few milliseconds each) until the study's budget is handed out.
// Arguments are key=value: storage, study, trials, worker, heartbeat and grace (seconds), space (a|b: b declares
// another range, to be refused), hang (true: report one fold of the first trial, say "hanging <n>" and block until killed).
var options = args.Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
string Get(string key, string fallback) => options.TryGetValue(key, out var value) ? value : fallback;
double Seconds(string key, string fallback) => double.Parse(Get(key, fallback), CultureInfo.InvariantCulture);

var space = new SearchSpace().Uniform("x", -5, Get("space", "a") == "a" ? 5 : 6).Categorical("kind", "plain", "shifted");
var storage = StorageUri.Open(Get("storage", ""), "tune.db");
var hang = Get("hang", "false") == "true";
var settings = new TuningSettings
{
    Trials = int.Parse(Get("trials", "10"), CultureInfo.InvariantCulture),
    Worker = Get("worker", "child"),
    Heartbeat = TimeSpan.FromSeconds(Seconds("heartbeat", "0.2")),
    Grace = TimeSpan.FromSeconds(Seconds("grace", "2")),
};
try
{
    var study = storage.OpenStudy(new StudyDefinition(Get("study", "synthetic"), space, Maximize: false, "tpe", Seed: 7));
    var ended = new TuningWorker(storage, study, new TpeSampler(), settings).Run(trial =>
    {
        var x = trial.Parameters.Double("x") + (trial.Parameters.String("kind") == "shifted" ? 1 : 0);
        for (var fold = 0; fold < 3; fold++)
        {
            Thread.Sleep(30);
            trial.Report(((x - 1) * (x - 1)) + (0.01 * fold), lastFold: fold == 2);
            if (hang)
            {
                Console.WriteLine($"hanging {trial.Number}");
                Thread.Sleep(Timeout.Infinite);
            }
        }
        return trial.RunningMean;
    });
    Console.WriteLine($"done {ended}");
    return 0;
}
catch (SearchSpaceMismatchException e)
{
    Console.WriteLine($"refused: {e.Message}");
    return 3;
}
catch (TuningStorageException e)
{
    Console.WriteLine($"storage: {e.Message}");
    return 4;
}
