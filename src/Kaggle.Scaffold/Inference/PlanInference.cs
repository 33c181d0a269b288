using System.Text;
using Kaggle.Core.Data;
using Kaggle.Scaffold.Sources;

namespace Kaggle.Scaffold.Inference;

/// <summary>Reads a competition's files once and infers the whole <see cref="CompetitionPlan"/>.</summary>
public static class PlanInference
{
    public static CompetitionPlan Infer(CompetitionFolder folder, ScaffoldOptions options)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(options);
        var files = FileRoles.Find(folder);
        // Read as the runner reads them, so the column kinds seen here are the ones the baseline will meet.
        var train = folder.Read(files.Train);
        var test = folder.Read(files.Test);
        var sample = files.Sample is null ? null : folder.Read(files.Sample, CsvReadOptions.AllText);
        var layout = LayoutInference.Infer(files, train, test, sample, options);
        var sampleValues = sample is not null && sample.Contains(layout.Target)
            ? Enumerable.Range(0, sample.RowCount).Select(sample[layout.Target].Format).ToArray()
            : null;
        var target = TargetInference.Infer(train[layout.Target], sampleValues, options.Metric, files.Train);
        var features = train.Without([.. layout.Keys.Where(train.Contains), layout.Target]);
        return new CompetitionPlan
        {
            Slug = options.Slug,
            Name = ProjectName(options.Slug),
            Files = files,
            Layout = layout,
            Task = target.Task,
            Labels = target.Labels,
            SubmissionKind = target.SubmissionKind,
            Metric = target.Metric,
            TrainRows = train.RowCount,
            Features = FeaturePlan.Of(features),
        };
    }

    /// <summary>
    /// The slug in PascalCase, a valid C# identifier and project name: <c>house-prices</c> → <c>HousePrices</c>,
    /// <c>2024-sales</c> → <c>Competition2024Sales</c>.
    /// </summary>
    public static string ProjectName(string slug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        var name = new StringBuilder();
        foreach (var part in slug.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. part.Where(char.IsAsciiLetterOrDigit)]);
            if (letters.Length > 0) name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
        }
        if (name.Length == 0 || char.IsAsciiDigit(name[0])) name.Insert(0, "Competition");
        return name.ToString();
    }
}
