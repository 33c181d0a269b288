namespace Kaggle.Core.Ensembles;

/// <summary>The smooth loss a blend's weights minimise on out-of-fold predictions.</summary>
public enum BlendLoss
{
    /// <summary>Chosen from the metric: log-loss for classification metrics, squared log error for RMSLE, else squared error.</summary>
    Auto,

    SquaredError,

    /// <summary>Squared error of log1p(prediction), for targets scored by RMSLE.</summary>
    SquaredLogError,

    /// <summary>Cross-entropy of probabilities (binary: one column P(1); multiclass: K columns).</summary>
    LogLoss,
}
