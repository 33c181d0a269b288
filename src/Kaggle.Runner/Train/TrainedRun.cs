namespace Kaggle.Runner.Train;

/// <summary>What training produced before anything is written: the prepared data, the run's inputs, the combined results and the log.</summary>
internal sealed record TrainedRun(CompetitionData Data, RunInputs Inputs, Combination Combination, RunLog Log);
