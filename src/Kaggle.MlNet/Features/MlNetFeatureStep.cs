using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.MlNet.Data;
using Kaggle.MlNet.Learners;
using Microsoft.ML;

namespace Kaggle.MlNet.Features;

/// <summary>
/// Any ML.NET transform (or chain of transforms) as one of our feature steps: the <see cref="NumericColumns"/> are
/// packed into the float32 vector <see cref="MlNetColumns.Features"/> and the <see cref="TextColumns"/> (text or
/// categorical) go in as ML.NET text columns under their own names; <see cref="Transform"/> builds the estimator, e.g.
/// <c>ml =&gt; ml.Transforms.Text.FeaturizeText("Words", "Review")</c> or
/// <c>ml =&gt; ml.Transforms.ProjectToPrincipalComponents("Pca", "Features", rank: 3)</c>. It is fitted on the
/// training rows of a fold only; its <see cref="OutputColumn"/> (a float32 vector or scalar) comes back as numeric
/// columns <c>{Prefix}0</c>, <c>{Prefix}1</c>, ... and the input columns are dropped unless <see cref="KeepInputs"/>.
/// </summary>
public sealed record MlNetFeatureStep : IFeatureStep
{
    /// <summary>The estimator, built from the fit's <see cref="MLContext"/> (seeded with <see cref="Seed"/>).</summary>
    public required MlNetTrainer Transform { get; init; }

    /// <summary>The ML.NET column the transform writes, read back into the frame.</summary>
    public required string OutputColumn { get; init; }

    /// <summary>Numeric frame columns packed into <see cref="MlNetColumns.Features"/>; default none.</summary>
    public IReadOnlyList<string> NumericColumns { get; init; } = [];

    /// <summary>Text or categorical frame columns handed over as ML.NET text; default none.</summary>
    public IReadOnlyList<string> TextColumns { get; init; } = [];

    /// <summary>Prefix of the new numeric columns; null (default) uses <see cref="OutputColumn"/> and an underscore.</summary>
    public string? Prefix { get; init; }

    /// <summary>Keep the input columns in the frame; default false.</summary>
    public bool KeepInputs { get; init; }

    /// <summary>The <see cref="MLContext"/> seed of the fit; default 0.</summary>
    public int Seed { get; init; }

    public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(Transform, nameof(Transform));
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputColumn, nameof(OutputColumn));
        if (NumericColumns.Count == 0 && TextColumns.Count == 0)
            throw new ArgumentException("MlNetFeatureStep needs at least one of NumericColumns or TextColumns.", nameof(train));
        foreach (var name in NumericColumns.Concat(TextColumns))
            if (!train.Contains(name))
                throw new ArgumentException($"MlNetFeatureStep reads column '{name}', which the frame does not have.", nameof(train));
        var view = new FrameDataView(train, NumericColumns, TextColumns);
        var transformer = Transform(new MLContext(Seed)).Fit(view);
        var fitted = new MlNetFittedFeatureStep(this, transformer);
        return new FittedFeatures(fitted, fitted.Transform(train));
    }

    public override string ToString() =>
        $"MlNetFeatureStep {{ OutputColumn = {OutputColumn}, NumericColumns = [{string.Join(", ", NumericColumns)}], TextColumns = [{string.Join(", ", TextColumns)}] }}";
}
