namespace Kaggle.Runner.Runs;

/// <summary>One feature's importance (or coefficient) averaged over a model's fold fits: mean and population std.</summary>
public sealed record FeatureWeight(string Feature, double Mean, double Std);
