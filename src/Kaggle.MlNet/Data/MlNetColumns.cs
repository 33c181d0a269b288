namespace Kaggle.MlNet.Data;

/// <summary>
/// The column names our matrices have as ML.NET data views: ML.NET's trainers read <see cref="Features"/> and
/// <see cref="Label"/> by default. Weights reach a trainer only if it is created with
/// <c>exampleWeightColumnName: MlNetColumns.Weight</c> (ML.NET trainers ignore weights otherwise).
/// </summary>
public static class MlNetColumns
{
    /// <summary>The feature vector: one float32 slot per matrix column.</summary>
    public const string Features = "Features";

    /// <summary>The target: float32 for regression, Boolean for two classes, a key (1..K) for K classes.</summary>
    public const string Label = "Label";

    /// <summary>The row weight, float32 (present only when the fit has sample weights).</summary>
    public const string Weight = "Weight";
}
