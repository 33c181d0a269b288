namespace Kaggle.Tuning.Studies;

/// <summary>A study as stored: its row id and definition (the name, space fingerprint, direction, sampler and seed).</summary>
public sealed record StudyInfo(long Id, StudyDefinition Definition);
