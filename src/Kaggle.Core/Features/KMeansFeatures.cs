using Kaggle.Core.Data;
using Kaggle.Core.Models.Clustering;

namespace Kaggle.Core.Features;

/// <summary>
/// Adds each row's distance to every k-means centre (<c>kmeans0</c>, <c>kmeans1</c>, …) as features, with the
/// centres fitted on the training rows of each fold only. The input columns stay unless <see cref="KeepInputs"/>
/// is off. The columns must hold no missing values (impute first) and are best scaled first. See <see cref="KMeans"/>.
/// </summary>
public sealed record KMeansFeatures : IFeatureStep
{
    /// <summary>Clusters the named numeric columns, or every numeric column when none are named.</summary>
    public KMeansFeatures(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to cluster; null means every numeric column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The k-means to fit (default 8 clusters, 10 restarts).</summary>
    public KMeans KMeans { get; init; } = new();

    /// <summary>The output columns' name prefix (default <c>kmeans</c>).</summary>
    public string Prefix { get; init; } = "kmeans";

    /// <summary>Keep the input columns beside the distances (default true).</summary>
    public bool KeepInputs { get; init; } = true;

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        var names = FeatureColumns.Resolve(train, Columns, nameof(KMeansFeatures), ColumnKind.Numeric);
        var model = KMeans.Fit(MatrixTransformStepModel.Gather(train, names, nameof(KMeansFeatures)));
        var step = new MatrixTransformStepModel(nameof(KMeansFeatures), names, model, Prefix, KeepInputs);
        return new FittedFeatures(step, step.Transform(train));
    }
}
