namespace Kaggle.Runner.Submission;

/// <summary>What the submission's target column(s) hold.</summary>
public enum SubmissionKind
{
    /// <summary>A class label per row (e.g. Titanic's 0/1, a digit): the most probable class.</summary>
    Label,

    /// <summary>Probabilities: P(class 1) for a binary target, or one column per class.</summary>
    Probability,

    /// <summary>A real value per row (regression).</summary>
    Value,
}
