namespace Kaggle.Core.Validation;

/// <summary>One train/validation split of row indices (into the training frame), both sorted ascending.</summary>
public sealed record Fold(int Index, int[] Train, int[] Validation);
