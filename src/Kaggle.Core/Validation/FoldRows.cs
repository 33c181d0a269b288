namespace Kaggle.Core.Validation;

/// <summary>Which rows of a fold a feature matrix holds: the rows the learner fits on, the held-out rows, or the test rows.</summary>
public enum FoldRows
{
    /// <summary>The fold's training rows (rows of the frame given to cross-validation).</summary>
    Training,

    /// <summary>The fold's held-out rows (also rows of the frame given to cross-validation).</summary>
    Validation,

    /// <summary>The rows of the test frame.</summary>
    Test,
}
