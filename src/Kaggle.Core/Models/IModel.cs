namespace Kaggle.Core.Models;

/// <summary>A fitted model: immutable, and safe to predict with from several threads at once.</summary>
public interface IModel
{
    /// <summary>The number of feature columns the model was fitted on and expects at prediction.</summary>
    int FeatureCount { get; }
}
