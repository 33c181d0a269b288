namespace Kaggle.Runner.Train;

/// <summary>The checked submission a run wrote: the run's id and creation time, its final path, where it is staged until the run is committed, and its row count.</summary>
internal sealed record WrittenSubmission(string RunId, DateTime CreatedUtc, string Path, string StagedPath, int Rows);
