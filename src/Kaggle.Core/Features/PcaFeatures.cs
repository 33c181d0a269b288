using Kaggle.Core.Data;
using Kaggle.Core.Models.Decomposition;

namespace Kaggle.Core.Features;

/// <summary>
/// Replaces numeric columns by their principal components (<c>pca0</c>, <c>pca1</c>, …), fitted on the training rows
/// of each fold only: e.g. 784 pixel columns → 50 components before a kNN or an SVM. The columns must hold no
/// missing values (impute first). See <see cref="Pca"/>.
/// </summary>
public sealed record PcaFeatures : IFeatureStep
{
    /// <summary>Projects the named numeric columns, or every numeric column when none are named.</summary>
    public PcaFeatures(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns.Length == 0 ? null : columns;
    }

    /// <summary>The columns to project; null means every numeric column at fit time.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The PCA to fit (default: 10 components, scikit-learn's solver rule).</summary>
    public Pca Pca { get; init; } = new() { Components = 10 };

    /// <summary>The output columns' name prefix (default <c>pca</c>).</summary>
    public string Prefix { get; init; } = "pca";

    /// <summary>Keep the input columns beside the components (default false: replace them).</summary>
    public bool KeepInputs { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        var names = FeatureColumns.Resolve(train, Columns, nameof(PcaFeatures), ColumnKind.Numeric);
        var model = Pca.Fit(MatrixTransformStepModel.Gather(train, names, nameof(PcaFeatures)));
        var step = new MatrixTransformStepModel(nameof(PcaFeatures), names, model, Prefix, KeepInputs);
        return new FittedFeatures(step, step.Transform(train));
    }
}
