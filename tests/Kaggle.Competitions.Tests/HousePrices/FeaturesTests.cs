using HousePrices;
using static Kaggle.Competitions.Tests.HousePrices.HouseRows;

namespace Kaggle.Competitions.Tests.HousePrices;

public sealed class FeaturesTests
{
    [Fact]
    public void NoneMeansNone_NoAlleyNoGarage_NoneLevelZeroAreaGarageYearIsYearBuilt()
    {
        var house = One(("Alley", null), ("GarageType", null), ("GarageArea", null), ("GarageCars", null), ("GarageYrBlt", null), ("YearBuilt", 1961.0));

        var result = Features.NoneMeansNone(house);

        Assert.Equal("None", result["Alley"].Format(0));
        Assert.Equal("None", result["GarageType"].Format(0));
        Assert.Equal(0, result.Numeric("GarageArea")[0]);
        Assert.Equal(0, result.Numeric("GarageCars")[0]);
        Assert.Equal(1961, result.Numeric("GarageYrBlt")[0]);
    }

    [Fact]
    public void NoneMeansNone_LotFrontage_StaysMissing()
    {
        var result = Features.NoneMeansNone(One(("LotFrontage", null)));

        Assert.True(double.IsNaN(result.Numeric("LotFrontage")[0]));
    }

    [Fact]
    public void Ordinals_QualityScales_NoneIsZeroUnknownIsNaN()
    {
        var house = One(("BsmtQual", "Ex"), ("FireplaceQu", null), ("PoolQC", null), ("KitchenQual", null), ("ExterQual", "Gd"),
            ("BsmtExposure", "Av"), ("BsmtFinType1", "ALQ"), ("GarageFinish", "Fin"), ("Functional", "Maj1"));

        var result = Features.Ordinals(house);

        Assert.Equal(5, result.Numeric("BsmtQual")[0]);
        Assert.Equal(0, result.Numeric("FireplaceQu")[0]);
        Assert.Equal(0, result.Numeric("PoolQC")[0]);
        Assert.True(double.IsNaN(result.Numeric("KitchenQual")[0]));
        Assert.Equal(4, result.Numeric("ExterQual")[0]);
        Assert.Equal(3, result.Numeric("BsmtExposure")[0]);
        Assert.Equal(5, result.Numeric("BsmtFinType1")[0]);
        Assert.Equal(3, result.Numeric("GarageFinish")[0]);
        Assert.Equal(3, result.Numeric("Functional")[0]);
    }

    [Fact]
    public void Ordinals_LevelOutsideTheScale_IsMissingNotAnError()
    {
        var result = Features.Ordinals(One(("HeatingQC", "Superb")));

        Assert.True(double.IsNaN(result.Numeric("HeatingQC")[0]));
    }

    [Fact]
    public void Derived_HandComputedHouse()
    {
        var house = One(("TotalBsmtSF", 800.0), ("1stFlrSF", 1000.0), ("2ndFlrSF", 600.0), ("GrLivArea", 1600.0), ("OverallQual", 7.0),
            ("FullBath", 2.0), ("HalfBath", 1.0), ("BsmtFullBath", 1.0), ("BsmtHalfBath", 1.0),
            ("OpenPorchSF", 40.0), ("EnclosedPorch", 10.0), ("3SsnPorch", 5.0), ("ScreenPorch", 20.0), ("WoodDeckSF", 100.0),
            ("YearBuilt", 1950.0), ("YearRemodAdd", 2000.0), ("YrSold", 2008.0), ("GarageYrBlt", 1960.0), ("Fireplaces", 2.0));

        var result = Features.Derived(house);

        Assert.Equal(2400, result.Numeric("TotalSF")[0]);
        Assert.Equal(4, result.Numeric("TotalBath")[0]);
        Assert.Equal(175, result.Numeric("TotalPorchSF")[0]);
        Assert.Equal(58, result.Numeric("HouseAge")[0]);
        Assert.Equal(8, result.Numeric("RemodAge")[0]);
        Assert.Equal(1, result.Numeric("Remodeled")[0]);
        Assert.Equal(0, result.Numeric("IsNew")[0]);
        Assert.Equal(48, result.Numeric("GarageAge")[0]);
        Assert.Equal(1, result.Numeric("Has2ndFlr")[0]);
        Assert.Equal(1, result.Numeric("HasFireplace")[0]);
        Assert.Equal(0, result.Numeric("HasPool")[0]);
        Assert.Equal(7 * 1600, result.Numeric("QualLivArea")[0]);
        Assert.Equal(7 * 2400, result.Numeric("QualTotalSF")[0]);
    }

    [Fact]
    public void Derived_SoldTheYearItWasBuilt_IsNewWithAgeZero()
    {
        var result = Features.Derived(One(("YearBuilt", 2009.0), ("YearRemodAdd", 2010.0), ("YrSold", 2009.0)));

        Assert.Equal(1, result.Numeric("IsNew")[0]);
        Assert.Equal(0, result.Numeric("HouseAge")[0]);
        Assert.Equal(0, result.Numeric("RemodAge")[0]);
    }

    [Fact]
    public void All_TestRowWithoutBasementFigures_HasNoMissingBasementFeatures()
    {
        // The test file has a house without basement whose basement areas and baths are NA, not 0.
        var house = One(("BsmtQual", null), ("BsmtCond", null), ("BsmtExposure", null), ("BsmtFinType1", null), ("BsmtFinType2", null),
            ("BsmtFinSF1", null), ("BsmtFinSF2", null), ("BsmtUnfSF", null), ("TotalBsmtSF", null), ("BsmtFullBath", null), ("BsmtHalfBath", null));

        var result = Features.All(house);

        Assert.Equal(0, result.Numeric("HasBsmt")[0]);
        Assert.Equal(1000, result.Numeric("TotalSF")[0]);
        Assert.Equal(1.5, result.Numeric("TotalBath")[0]);
        Assert.Equal(0, result.Numeric("BsmtQual")[0]);
        Assert.Equal(0, result.Numeric("BsmtFinType1")[0]);
    }
}
