using Kaggle.Core.Data;
using Kaggle.Runner;

namespace KpiAnomalyDetection;

/// <summary>
/// KPI anomaly detection as a runner spec: how the files are read and where they are. Its training does not fit the
/// row-wise experiment (the key columns, which hold each row's series and time, are what the detectors need, and the
/// metric is scored per series on a time grid), so <see cref="Build"/> is not used: KpiTrainStage trains, then writes
/// the submission and the run record the runner's validate and submit stages read.
/// </summary>
public sealed class KpiAnomalyDetectionCompetition : Competition
{
    public override CsvReadOptions ReadOptions => KpiTraining.ReadOptions;

    public override Experiment Build(BuildContext context) =>
        throw new StageException("kpi-anomaly-detection trains through its own train verb (KpiTrainStage), not a row-wise experiment.");
}
