using Kaggle.Autograd.Anomaly;
using Kaggle.Autograd.Models.Donut;
using Kaggle.Core.Models.Trees;

namespace KpiAnomalyDetection;

/// <summary>
/// The chosen detectors and budgets, in one place (README.md says why). Donut trains on every 2nd window for 16
/// epochs and scores with 4 samples (the budget the README's validation table was measured with: with it one
/// threshold for all KPIs holds up on held-out points, which it did not with 4 epochs on every 8th window); the GBDT sees all
/// anomalous and a quarter of the normal training points of all KPIs. A fast run (CI) keeps the 3 smallest KPIs
/// (5-minute sampling) and tiny budgets.
/// </summary>
internal static class Detection
{
    /// <summary>KPIs a fast run keeps: the smallest ones, so a smoke run takes seconds.</summary>
    public const int FastKpis = 3;

    /// <summary>The pipeline of a full or fast run; <paramref name="useDonut"/> false is the supervised-only ablation (--without-donut).</summary>
    public static KpiAnomalyPipeline Pipeline(bool fast, bool useDonut = true) => new()
    {
        UseDonut = useDonut,
        Donut = fast
            ? new Donut { Epochs = 2, Stride = 2, ScoreSamples = 2, McmcIterations = 2 }
            : new Donut { Epochs = 16, Stride = 2, ScoreSamples = 4 },
        Gbdt = new HistGradientBoostingClassifier { Rounds = fast ? 30 : 200, LearningRate = 0.05, MaxLeaves = 63, MinChildSamples = 50 },
        NormalSampleRate = 0.25,
        ValidationFraction = 0.3,
    };

}
