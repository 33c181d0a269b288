using Kaggle.Core.Data;
using Kaggle.Core.Features;

namespace HousePrices;

/// <summary>
/// House-price features that need no fitting, as pure functions of the rows (data_description.txt gives the
/// meaning of every column). Imputation of truly missing values, encoding and scaling are fitted inside each
/// cross-validation fold, in <see cref="HousePricesCompetition"/>.
/// </summary>
internal static class Features
{
    /// <summary>Categorical columns where "NA" means the house has none (no alley access, no garage, no fence, …).</summary>
    public static readonly string[] NoneLevels = ["Alley", "GarageType", "Fence", "MiscFeature", "MasVnrType"];

    /// <summary>Areas and counts of something absent: missing only where the basement, garage or veneer is (test rows).</summary>
    public static readonly string[] NoneNumbers =
        ["MasVnrArea", "BsmtFinSF1", "BsmtFinSF2", "BsmtUnfSF", "TotalBsmtSF", "BsmtFullBath", "BsmtHalfBath", "GarageCars", "GarageArea"];

    /// <summary>Quality scales (Ex..Po) where NA means "none": no basement, fireplace, garage or pool, scored 0.</summary>
    public static readonly string[] QualityOrNone = ["BsmtQual", "BsmtCond", "FireplaceQu", "GarageQual", "GarageCond", "PoolQC"];

    /// <summary>Quality scales every house has: a missing value is unknown (NaN, imputed in-fold).</summary>
    public static readonly string[] QualityAlways = ["ExterQual", "ExterCond", "HeatingQC", "KitchenQual"];

    private static readonly Dictionary<string, double> s_exposure = new(StringComparer.Ordinal) { ["Gd"] = 4, ["Av"] = 3, ["Mn"] = 2, ["No"] = 1 };
    private static readonly Dictionary<string, double> s_finish = new(StringComparer.Ordinal)
    {
        ["GLQ"] = 6, ["ALQ"] = 5, ["BLQ"] = 4, ["Rec"] = 3, ["LwQ"] = 2, ["Unf"] = 1,
    };
    private static readonly Dictionary<string, double> s_garageFinish = new(StringComparer.Ordinal) { ["Fin"] = 3, ["RFn"] = 2, ["Unf"] = 1 };
    private static readonly Dictionary<string, double> s_functional = new(StringComparer.Ordinal)
    {
        ["Typ"] = 7, ["Min1"] = 6, ["Min2"] = 5, ["Mod"] = 4, ["Maj1"] = 3, ["Maj2"] = 2, ["Sev"] = 1, ["Sal"] = 0,
    };

    /// <summary>Every stateless step in order: none semantics, ordinal scales, then the derived columns.</summary>
    public static Frame All(Frame frame) => Derived(Ordinals(NoneMeansNone(frame)));

    /// <summary>
    /// "NA means none": the level None for <see cref="NoneLevels"/>, 0 for <see cref="NoneNumbers"/>, and a missing
    /// garage year (no garage) becomes the house's year built, so garage age is the house's age rather than unknown.
    /// LotFrontage stays missing: it is truly unknown and imputed in-fold by neighbourhood.
    /// </summary>
    public static Frame NoneMeansNone(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        frame = new MissingMeansNone([.. NoneLevels, .. NoneNumbers]).Transform(frame);
        var garage = frame.Numeric("GarageYrBlt").ToArray();
        var built = frame.Numeric("YearBuilt");
        for (var i = 0; i < garage.Length; i++)
            if (double.IsNaN(garage[i])) garage[i] = built[i];
        return frame.With(new NumericColumn("GarageYrBlt", garage));
    }

    /// <summary>Ordered levels as numbers: quality scales 5..1 (0 = none), basement exposure and finish, garage finish, functionality.</summary>
    public static Frame Ordinals(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        IFittedFeatureStep[] maps =
        [
            new OrdinalMap(OrdinalMap.QualityScale, QualityOrNone) { Unknown = UnknownLevel.NaN },
            new OrdinalMap(OrdinalMap.QualityScale, QualityAlways) { MissingValue = double.NaN, Unknown = UnknownLevel.NaN },
            new OrdinalMap(s_exposure, "BsmtExposure") { Unknown = UnknownLevel.NaN },
            new OrdinalMap(s_finish, "BsmtFinType1", "BsmtFinType2") { Unknown = UnknownLevel.NaN },
            new OrdinalMap(s_garageFinish, "GarageFinish") { Unknown = UnknownLevel.NaN },
            new OrdinalMap(s_functional, "Functional") { MissingValue = double.NaN, Unknown = UnknownLevel.NaN },
        ];
        foreach (var map in maps) frame = map.Transform(frame);
        return frame;
    }

    /// <summary>
    /// What a buyer prices: total living area (basement and floors), bathrooms (half baths count half), porch and deck
    /// area, age at sale, years since remodelling and whether it was remodelled, new houses, whether a pool, garage,
    /// basement, fireplace or second floor exists, and quality × area interactions (a large poor house and a small
    /// excellent one are not priced alike).
    /// </summary>
    public static Frame Derived(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        double[] Col(string name) => frame.Numeric(name).ToArray();
        var (bsmt, first, second, living) = (Col("TotalBsmtSF"), Col("1stFlrSF"), Col("2ndFlrSF"), Col("GrLivArea"));
        var (full, half, bsmtFull, bsmtHalf) = (Col("FullBath"), Col("HalfBath"), Col("BsmtFullBath"), Col("BsmtHalfBath"));
        var (open, enclosed, threeSeason, screen, deck) = (Col("OpenPorchSF"), Col("EnclosedPorch"), Col("3SsnPorch"), Col("ScreenPorch"), Col("WoodDeckSF"));
        var (built, remodelled, sold, quality) = (Col("YearBuilt"), Col("YearRemodAdd"), Col("YrSold"), Col("OverallQual"));
        var (pool, garage, fireplaces, garageYear) = (Col("PoolArea"), Col("GarageArea"), Col("Fireplaces"), Col("GarageYrBlt"));
        var n = frame.RowCount;
        double[] Make(Func<int, double> f) => [.. Enumerable.Range(0, n).Select(f)];
        var totalSf = Make(i => bsmt[i] + first[i] + second[i]);
        return frame.With(
            new NumericColumn("TotalSF", totalSf),
            new NumericColumn("TotalBath", Make(i => full[i] + (0.5 * half[i]) + bsmtFull[i] + (0.5 * bsmtHalf[i]))),
            new NumericColumn("TotalPorchSF", Make(i => open[i] + enclosed[i] + threeSeason[i] + screen[i] + deck[i])),
            new NumericColumn("HouseAge", Make(i => Math.Max(0, sold[i] - built[i]))),
            new NumericColumn("RemodAge", Make(i => Math.Max(0, sold[i] - remodelled[i]))),
            new NumericColumn("Remodeled", Make(i => remodelled[i] > built[i] ? 1 : 0)),
            new NumericColumn("IsNew", Make(i => sold[i] <= built[i] ? 1 : 0)),
            new NumericColumn("GarageAge", Make(i => Math.Max(0, sold[i] - garageYear[i]))),
            new NumericColumn("HasPool", Make(i => pool[i] > 0 ? 1 : 0)),
            new NumericColumn("HasGarage", Make(i => garage[i] > 0 ? 1 : 0)),
            new NumericColumn("HasBsmt", Make(i => bsmt[i] > 0 ? 1 : 0)),
            new NumericColumn("HasFireplace", Make(i => fireplaces[i] > 0 ? 1 : 0)),
            new NumericColumn("Has2ndFlr", Make(i => second[i] > 0 ? 1 : 0)),
            new NumericColumn("QualLivArea", Make(i => quality[i] * living[i])),
            new NumericColumn("QualTotalSF", Make(i => quality[i] * totalSf[i])));
    }
}
