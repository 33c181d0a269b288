using System.Globalization;
using System.Text.Json;
using Kaggle.Core.Parameters;
using Kaggle.Runner.Runs;

namespace Kaggle.Runner.Train;

/// <summary>
/// Everything a Train run's predictions depend on, as recorded: the parameters (competition.json, seeds, the fast
/// flag, the experiment's ensembles and models), the data files' hashes and the source code's hash, and the
/// fingerprint combining them, by which a later Train recognises a run it can reuse.
/// </summary>
internal sealed record RunInputs(IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<DataFileRecord> DataFiles, string CodeHash, string Fingerprint)
{
    public static RunInputs Of(RunContext context, Experiment experiment, CompetitionData data)
    {
        var options = context.Options;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["config"] = JsonSerializer.Serialize(context.Config, CompetitionConfig.JsonOptions),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["repeats"] = options.Repeats.ToString(CultureInfo.InvariantCulture),
            ["fast"] = options.Fast ? "true" : "false",
            ["ensemble"] = ParameterText.Of(experiment.Ensemble) + (experiment.Members is null ? "" : " of " + string.Join(",", experiment.Members)),
            ["post_processor"] = ParameterText.Of(experiment.PostProcessor),
            ["runtime"] = Environment.Version.ToString(),
            ["training_rows"] = data.Train.RowCount.ToString(CultureInfo.InvariantCulture),
        };
        if (experiment.Compare.Count > 0)
            parameters["compare"] = string.Join(", ", experiment.Compare.Select(ParameterText.Of));
        foreach (var model in experiment.Models)
            parameters["model:" + model.Name] = model.Describe(options.Seed);

        var names = new[] { context.Config.Train, context.Config.Test, context.Config.SampleFile }.OfType<string>().Distinct();
        var dataFiles = names.Select(name =>
        {
            var path = Path.Combine(context.DataFolder, name);
            return new DataFileRecord(name, context.DataHashes.Of(path), new FileInfo(path).Length);
        }).ToList();
        var codeHash = Train.Fingerprint.Code(options.RepositoryRoot, context.Config.Slug);
        return new RunInputs(parameters, dataFiles, codeHash, Train.Fingerprint.Of(dataFiles, codeHash, parameters));
    }
}
