using System.Text.Json;
using System.Text.Json.Nodes;
using Kaggle.Runner;
using Kaggle.Scaffold.Inference;

namespace Kaggle.Scaffold.Generation;

/// <summary>The competition.json of a plan, in the order and form of the hand-written ones (titanic's).</summary>
public static class CompetitionJson
{
    public static string Write(CompetitionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var json = new JsonObject
        {
            ["slug"] = plan.Slug,
            ["title"] = plan.Slug,
            ["metric"] = plan.Metric,
            ["task"] = Camel(plan.Task.ToString()),
        };
        var layout = plan.Layout;
        if (layout.Keys.Count == 1)
        {
            json["id"] = layout.Keys[0];
            if (layout.IdIsRowNumber) json["idIsRowNumber"] = true;
        }
        json["target"] = layout.Target;
        json["train"] = plan.Files.Train;
        json["test"] = plan.Files.Test;
        if (layout.Keys.Count == 1 && plan.Files.Sample is { } sample)
            json["sampleSubmission"] = sample;
        else
            json["submission"] = new JsonObject
            {
                ["keys"] = Array(layout.Keys),
                ["columns"] = Array([layout.Target]),
                ["sample"] = plan.Files.Sample,
            };
        json["files"] = Array(plan.Files.All);
        if (plan.Labels.Count > 0) json["labels"] = Array(plan.Labels);
        json["submissionKind"] = Camel(plan.SubmissionKind.ToString());
        json["cv"] = new JsonObject
        {
            ["scheme"] = plan.Task == TaskKind.Regression ? "kfold" : "stratified",
            ["folds"] = 5,
            ["repeats"] = 1,
        };
        if (plan.FastEvery > 1) json["fast"] = new JsonObject { ["every"] = plan.FastEvery };
        json["seed"] = 42;
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonArray Array(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
