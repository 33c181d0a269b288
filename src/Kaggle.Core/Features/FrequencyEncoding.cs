namespace Kaggle.Core.Features;

/// <summary>How a fitted <see cref="FrequencyEncoder"/> encodes one column.</summary>
/// <param name="Column">The source column.</param>
/// <param name="Levels">The training count (or fraction) of each level.</param>
/// <param name="Missing">The training count (or fraction) of missing values.</param>
/// <param name="Unseen">The value of a level the training rows lacked.</param>
public sealed record FrequencyEncoding(string Column, IReadOnlyDictionary<string, double> Levels, double Missing, double Unseen);
