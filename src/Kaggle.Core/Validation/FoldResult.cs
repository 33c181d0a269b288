namespace Kaggle.Core.Validation;

/// <summary>The score and cost of one fold of one repeat.</summary>
public sealed record FoldResult(int Repeat, int Seed, int Fold, double Score, int TrainRows, int ValidationRows, double Seconds);
