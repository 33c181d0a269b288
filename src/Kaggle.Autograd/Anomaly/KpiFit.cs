using Kaggle.Core.Data;

namespace Kaggle.Autograd.Anomaly;

/// <summary>
/// What one series contributes to a pipeline stage: the fit range [0, <see cref="Cut"/>), the scored range
/// [<see cref="Cut"/>, <see cref="End"/>) with Donut's score per grid point there (NaN without Donut), the GBDT
/// training rows drawn from the fit range, and the feature rows of the scored points.
/// </summary>
internal sealed record KpiFit(
    int Series,
    int Cut,
    int End,
    double[] DonutScores,
    Matrix FitX,
    double[] FitY,
    double[] FitWeights,
    Matrix ScoreX,
    int[] ScorePoints);
