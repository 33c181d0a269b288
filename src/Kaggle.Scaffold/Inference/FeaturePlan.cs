using Kaggle.Core.Data;

namespace Kaggle.Scaffold.Inference;

/// <summary>
/// How the baseline treats the feature columns of the training file (keys and target excluded): free text and
/// timestamps are dropped (a baseline has no sensible default for them), categories with few levels are one-hot
/// encoded for the linear model and those with many are target-encoded; numbers go in as they are.
/// </summary>
public sealed record FeaturePlan(IReadOnlyList<string> Dropped, IReadOnlyList<string> FewLevels, IReadOnlyList<string> ManyLevels)
{
    /// <summary>Every categorical column, in the file's order.</summary>
    public required IReadOnlyList<string> Categorical { get; init; }

    /// <summary>
    /// At most this many levels and a category is one-hot encoded: beyond it, one column per level swamps a linear
    /// model with sparse columns, and a smoothed target mean carries the level's information in one.
    /// </summary>
    public const int MaxOneHotLevels = 15;

    /// <summary>The plan for <paramref name="features"/>, read with the runner's default options (the kinds the runner will see).</summary>
    public static FeaturePlan Of(Frame features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var dropped = new List<string>();
        var few = new List<string>();
        var many = new List<string>();
        var categorical = new List<string>();
        foreach (var column in features.Columns)
        {
            switch (column)
            {
                case TextColumn or TimestampColumn: dropped.Add(column.Name); break;
                case CategoricalColumn levels:
                    (levels.Categories.Count <= MaxOneHotLevels ? few : many).Add(column.Name);
                    categorical.Add(column.Name);
                    break;
            }
        }
        return new FeaturePlan(dropped, few, many) { Categorical = categorical };
    }
}
