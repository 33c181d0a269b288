namespace Kaggle.Autograd.Training;

/// <summary>
/// One epoch of a training curve: the mean training loss and metric over the epoch's batches (weighted by sample
/// weight), the same on the validation rows when there are any, the learning rate at the epoch's last step, and the
/// epoch's wall time.
/// </summary>
public sealed record EpochRecord(int Epoch, double Loss, double Metric, double? ValidationLoss, double? ValidationMetric,
    double LearningRate, double Seconds);
