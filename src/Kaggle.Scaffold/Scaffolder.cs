using System.Text.RegularExpressions;
using Kaggle.Runner;
using Kaggle.Scaffold.Generation;
using Kaggle.Scaffold.Inference;
using Kaggle.Scaffold.Sources;

namespace Kaggle.Scaffold;

/// <summary>
/// <c>--target=New</c>: refuse a taken or malformed slug, open the files (mirror or API), infer the plan, write
/// <c>competitions/&lt;slug&gt;/</c> in one move and add it to Kaggle.sln. Everything that can fail on the user's input
/// fails before anything is written.
/// </summary>
public static partial class Scaffolder
{
    /// <summary>Writes the competition; returns the plan it inferred and the folder it wrote.</summary>
    public static async Task<(CompetitionPlan Plan, string Folder)> RunAsync(ScaffoldOptions options, IKaggleService? kaggle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!SlugPattern().IsMatch(options.Slug))
            throw new ScaffoldException($"--competition={options.Slug}: a Kaggle slug is lowercase letters, digits and hyphens (e.g. house-prices-advanced-regression-techniques).");
        if (!File.Exists(Path.Combine(options.RepositoryRoot, "Kaggle.sln")))
            throw new ScaffoldException($"{options.RepositoryRoot} holds no Kaggle.sln; run New from the repository root.");
        ProjectWriter.RefuseExisting(Path.Combine(options.RepositoryRoot, "competitions", options.Slug), options.Slug);
        var folder = await DataSource.OpenAsync(options, kaggle, cancellationToken).ConfigureAwait(false);
        var plan = PlanInference.Infer(folder, options);
        var written = ProjectWriter.Write(options.RepositoryRoot, options.Slug, ProjectFiles.Of(plan), addToSolution: !options.SkipSolution);
        return (plan, written);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
