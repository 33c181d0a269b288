namespace Kaggle.MlNet.Data;

/// <summary>How <see cref="MatrixDataView"/> exposes the targets, which decides which ML.NET trainers accept it.</summary>
internal enum LabelKind
{
    /// <summary>No label column (prediction).</summary>
    None,

    /// <summary>Single: regression targets.</summary>
    Regression,

    /// <summary>Boolean: class 1 is true (binary classification trainers).</summary>
    Binary,

    /// <summary>A key of K values: class c is key c + 1 (multiclass trainers).</summary>
    Multiclass,
}
