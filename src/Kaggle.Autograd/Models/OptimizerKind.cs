namespace Kaggle.Autograd.Models;

/// <summary>Which optimiser <see cref="TrainingSettings"/> builds.</summary>
public enum OptimizerKind
{
    /// <summary>SGD with <see cref="TrainingSettings.Momentum"/> (and Nesterov if set).</summary>
    Sgd,
    Adam,
    AdamW,
}
