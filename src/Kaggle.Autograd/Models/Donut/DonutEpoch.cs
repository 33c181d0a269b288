namespace Kaggle.Autograd.Models.Donut;

/// <summary>Progress of one training epoch: 1-based epoch, mean negative M-ELBO per window, learning rate, wall seconds.</summary>
public sealed record DonutEpoch(int Epoch, int Epochs, double Loss, double LearningRate, double Seconds);
