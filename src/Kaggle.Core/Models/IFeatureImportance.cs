namespace Kaggle.Core.Models;

/// <summary>A model that can say how much each feature contributed to it.</summary>
public interface IFeatureImportance
{
    /// <summary>One non-negative value per feature, summing to 1 (or all 0 when the model made no splits).</summary>
    double[] FeatureImportances();
}
