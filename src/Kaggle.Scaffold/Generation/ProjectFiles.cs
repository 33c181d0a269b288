using Kaggle.Runner;
using Kaggle.Scaffold.Inference;

namespace Kaggle.Scaffold.Generation;

/// <summary>The files of a new <c>competitions/&lt;slug&gt;/</c> folder, by name: project, program, config, competition class and README.</summary>
public static class ProjectFiles
{
    public static IReadOnlyDictionary<string, string> Of(CompetitionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // competitions/Directory.Build.props and .targets make it a console program over the framework.
            [$"{plan.Name}.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />\n",
            ["Program.cs"] = $"using Kaggle.Api;\nusing {plan.Name};\n\nreturn KaggleCompetitionRunner.Run(args, new {plan.Name}Competition());\n",
            ["competition.json"] = CompetitionJson.Write(plan),
            [$"{plan.Name}Competition.cs"] = CompetitionClass.Write(plan),
            ["README.md"] = Readme(plan),
        };
    }

    private static string Readme(CompetitionPlan plan)
    {
        var layout = plan.Layout;
        var keys = string.Join(" + ", layout.Keys) + (layout.IdIsRowNumber ? " (the test row's number)" : "");
        var labels = plan.Labels.Count > 0 ? $" Labels: {string.Join(", ", plan.Labels)}." : "";
        var features = plan.Features;
        return $"""
            # {plan.Slug}

                dotnet cake --target=Submit --competition={plan.Slug}

            Written by `dotnet cake --target=New --competition={plan.Slug}` from {plan.Files.Train} ({plan.TrainRows:N0} rows),
            {plan.Files.Test} and {plan.Files.Sample ?? "no sample submission"}; everything below is what it inferred, so check it.

            **Task.** {plan.Task.ToString().ToLowerInvariant()}: predict `{layout.Target}` for each {keys}.{labels}
            **Metric:** {plan.Metric} (submission: {plan.SubmissionKind.ToString().ToLowerInvariant()}s). **Validation:**
            {(plan.Task == TaskKind.Regression ? "5-fold" : "stratified 5-fold")} cross-validation, seed 42{(plan.FastEvery > 1 ? $"; `--fast` keeps one training row in {plan.FastEvery}" : "")}.

            **Baseline.** Our GBDT and a {(plan.Task == TaskKind.Regression ? "ridge" : "logistic")} regression, blended with weights fitted on out-of-fold predictions.
            Dropped: {Names(features.Dropped)}. One-hot: {Names(features.FewLevels)}. More than {FeaturePlan.MaxOneHotLevels} levels
            ({(plan.Task == TaskKind.Multiclass ? "one-hot with rare levels grouped, since the target encoder takes no multiclass target" : "target-encoded")}): {Names(features.ManyLevels)}.

            | date | model | CV | public LB |
            |---|---|---|---|

            """;
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
