namespace Kaggle.Runner.Train;

/// <summary>The checked submission a run wrote: the run's id and creation time, the file, and its row count.</summary>
internal sealed record WrittenSubmission(string RunId, DateTime CreatedUtc, string Path, int Rows);
