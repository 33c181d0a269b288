using Kaggle.Core.Data;

namespace Kaggle.Core.Validation;

/// <summary>
/// Which training rows a model may fit on: <see cref="Keep"/> gets the training frame and the target and returns one
/// flag per row (true: usable for fitting). Cross-validation removes the other rows from every fold's training rows
/// but still validates them, so removing an outlier is judged by its effect on the score of all rows. Only training
/// rows are ever filtered; test rows are always predicted. The description goes into run records.
/// </summary>
public sealed record TrainingRowFilter(string Description, Func<Frame, double[], bool[]> Keep);
