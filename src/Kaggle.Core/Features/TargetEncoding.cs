namespace Kaggle.Core.Features;

/// <summary>How a fitted <see cref="TargetEncoder"/> encodes one column (from all training rows).</summary>
/// <param name="Column">The source column.</param>
/// <param name="Prior">The mean training target: the value of levels unseen at fit time.</param>
/// <param name="Levels">The smoothed mean target of each training level.</param>
/// <param name="Missing">The value of a missing level (the prior when the training rows had no missing value).</param>
public sealed record TargetEncoding(string Column, double Prior, IReadOnlyDictionary<string, double> Levels, double Missing);
