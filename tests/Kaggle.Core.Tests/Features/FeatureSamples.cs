using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Features;

/// <summary>Small Titanic-like frames for the feature-step tests.</summary>
internal static class FeatureSamples
{
    /// <summary>Eight passengers: numeric with gaps, categorical with gaps and a rare level, text.</summary>
    public static Frame Passengers() => new(
        new NumericColumn("Age", [22, double.NaN, 26, 35, double.NaN, 54, 2, 27]),
        new NumericColumn("Fare", [7.25, 71.28, 7.92, 53.1, 8.05, 51.86, 21.08, 11.13]),
        CategoricalColumn.FromStrings("Sex", ["male", "female", "female", "female", "male", "male", "male", "female"]),
        CategoricalColumn.FromStrings("Embarked", ["S", "C", "S", "S", null, "S", "Q", "S"]),
        CategoricalColumn.FromStrings("Title", ["Mr", "Mrs", "Miss", "Mrs", "Mr", "Mr", "Master", "Mrs"]),
        new TextColumn("Name", ["Braund", "Cumings", "Heikkinen", "Futrelle", "Allen", "McCarthy", "Palsson", "Johnson"]));

    /// <summary>Three new passengers: an unseen Embarked level ("X"), an unseen title ("Dr"), missing values.</summary>
    public static Frame NewPassengers() => new(
        new NumericColumn("Age", [double.NaN, 40, double.NaN]),
        new NumericColumn("Fare", [10, double.NaN, 30]),
        CategoricalColumn.FromStrings("Sex", ["female", "male", "male"]),
        CategoricalColumn.FromStrings("Embarked", ["X", null, "C"]),
        CategoricalColumn.FromStrings("Title", ["Dr", "Mr", "Mr"]),
        new TextColumn("Name", ["Smith", "Jones", "Brown"]));

    public static double[] Survived() => [0, 1, 1, 1, 0, 0, 0, 1];
}
