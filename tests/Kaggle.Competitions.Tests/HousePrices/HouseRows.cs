using Kaggle.Core.Data;

namespace Kaggle.Competitions.Tests.HousePrices;

/// <summary>
/// Hand-made house rows with every column the house-price features read: an ordinary house by default, with the
/// values a test cares about overridden (null is a missing value, "NA" in the file). Columns whose default is a
/// number are numeric, the others categorical.
/// </summary>
internal static class HouseRows
{
    private static readonly Dictionary<string, object?> s_defaults = new(StringComparer.Ordinal)
    {
        ["MSSubClass"] = "20", ["MSZoning"] = "RL", ["Neighborhood"] = "NAmes", ["Utilities"] = "AllPub",
        ["LotFrontage"] = 70.0, ["LotArea"] = 9000.0, ["Alley"] = null, ["Fence"] = null, ["MiscFeature"] = null,
        ["MasVnrType"] = "BrkFace", ["MasVnrArea"] = 100.0, ["OverallQual"] = 6.0, ["OverallCond"] = 5.0,
        ["YearBuilt"] = 1990.0, ["YearRemodAdd"] = 1990.0, ["YrSold"] = 2008.0, ["MoSold"] = 6.0,
        ["ExterQual"] = "TA", ["ExterCond"] = "TA", ["HeatingQC"] = "Gd", ["KitchenQual"] = "TA", ["Functional"] = "Typ",
        ["BsmtQual"] = "TA", ["BsmtCond"] = "TA", ["BsmtExposure"] = "No", ["BsmtFinType1"] = "GLQ", ["BsmtFinType2"] = "Unf",
        ["BsmtFinSF1"] = 500.0, ["BsmtFinSF2"] = 0.0, ["BsmtUnfSF"] = 300.0, ["TotalBsmtSF"] = 800.0,
        ["BsmtFullBath"] = 1.0, ["BsmtHalfBath"] = 0.0, ["1stFlrSF"] = 1000.0, ["2ndFlrSF"] = 0.0, ["GrLivArea"] = 1000.0,
        ["FullBath"] = 1.0, ["HalfBath"] = 1.0, ["Fireplaces"] = 0.0, ["FireplaceQu"] = null,
        ["GarageType"] = "Attchd", ["GarageYrBlt"] = 1990.0, ["GarageFinish"] = "RFn", ["GarageCars"] = 2.0, ["GarageArea"] = 480.0,
        ["GarageQual"] = "TA", ["GarageCond"] = "TA", ["WoodDeckSF"] = 0.0, ["OpenPorchSF"] = 40.0, ["EnclosedPorch"] = 0.0,
        ["3SsnPorch"] = 0.0, ["ScreenPorch"] = 0.0, ["PoolArea"] = 0.0, ["PoolQC"] = null,
    };

    /// <summary>A frame of <paramref name="rows"/>, each the default house with its overrides.</summary>
    public static Frame Frame(params Dictionary<string, object?>[] rows)
    {
        var columns = new List<Column>();
        foreach (var (name, fallback) in s_defaults)
        {
            var values = rows.Select(r => r.TryGetValue(name, out var v) ? v : fallback).ToArray();
            columns.Add(fallback is not double
                ? CategoricalColumn.FromStrings(name, [.. values.Select(v => (string?)v)])
                : new NumericColumn(name, [.. values.Select(v => v is double d ? d : double.NaN)]));
        }
        return new Frame(columns);
    }

    /// <summary>One default house with overrides.</summary>
    public static Frame One(params (string Column, object? Value)[] overrides) =>
        Frame(overrides.ToDictionary(o => o.Column, o => o.Value, StringComparer.Ordinal));
}
