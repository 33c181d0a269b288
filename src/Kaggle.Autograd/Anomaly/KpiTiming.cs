namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// Where one series' share of a pipeline stage went, in wall seconds on its worker: Donut's training, Donut's scoring
/// (MCMC imputation and Monte-Carlo samples), the feature rows, and the whole of it (scaling and sampling included).
/// </summary>
public sealed record KpiTiming(string Id, int Points, double DonutFitSeconds, double DonutScoreSeconds, double FeatureSeconds, double TotalSeconds);
