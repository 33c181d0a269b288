using HousePrices;
using Kaggle.Core.Data;
using Kaggle.Core.Metrics;
using Kaggle.Runner;
using Kaggle.Runner.Submission;
using Kaggle.Core.Validation;
using static Kaggle.Competitions.Tests.HousePrices.HouseRows;

namespace Kaggle.Competitions.Tests.HousePrices;

public sealed class HousePricesCompetitionTests
{
    private static readonly string s_folder =
        Path.Combine(CompetitionRunner.FindRepositoryRoot(AppContext.BaseDirectory), "competitions", "house-prices-advanced-regression-techniques");

    private static CompetitionConfig Config() => CompetitionConfig.Load(Path.Combine(s_folder, "competition.json"));


    [Fact]
    public void Outliers_OnlyHugeCheapHouses_AreLeftOut()
    {
        var frame = Frame(new() { ["GrLivArea"] = 4500.0 }, new() { ["GrLivArea"] = 4500.0 }, new() { ["GrLivArea"] = 1000.0 });

        var keep = HousePricesCompetition.Outliers.Keep(frame, [160_000, 700_000, 100_000]);

        Assert.Equal([false, true, true], keep);
    }

    [Fact]
    public void TrainingRows_Default_ScoresEveryRowOnlyLinearModelsSkipOutliersAndFastKeepsEveryThirdRow()
    {
        var frame = Frame([.. Enumerable.Range(0, 7).Select(i => new Dictionary<string, object?> { ["GrLivArea"] = i == 3 ? 5000.0 : 1500.0 })]);
        double[] prices = [1e5, 1e5, 1e5, 1e5, 1e5, 1e5, 1e5];
        var competition = new HousePricesCompetition();
        var models = competition.Build(new BuildContext(Fast: true)).Models;

        var lasso = models.Single(m => m.Name == "lasso").TrainingRows!.Keep(frame, prices);
        var fast = Config().Fast!;

        Assert.Null(competition.TrainingRows);
        Assert.Equal([0, 1, 2, 4, 5, 6], Enumerable.Range(0, 7).Where(i => lasso[i]));
        Assert.Null(models.Single(m => m.Name == "xgboost").TrainingRows);
        Assert.Equal([0, 3, 6], Enumerable.Range(0, 7).Where(fast.Keeps));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-125000")]
    public void Gatekeeper_NonPositivePrice_Refused(string price)
    {
        var spec = Config().SubmissionSpec(["Id", "SalePrice"]);
        var sample = new Frame(new TextColumn("Id", ["1461", "1462"]), new TextColumn("SalePrice", ["169277.05", "187758.39"]));
        var submission = new Frame(new TextColumn("Id", ["1461", "1462"]), new TextColumn("SalePrice", ["120000", price]));

        var problems = Gatekeeper.Problems(sample, submission, spec);

        Assert.Contains(problems, p => p.Contains("not positive", StringComparison.Ordinal) && p.Contains("1462", StringComparison.Ordinal));
        Assert.Empty(Gatekeeper.Problems(sample, sample, spec));
    }

    [Fact]
    public void Load_ColumnInTrainButNotInTest_FailsNamingIt()
    {
        var folder = Directory.CreateTempSubdirectory("house-prices-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "train.csv"), "Id,MSSubClass,GrLivArea,PoolQC,SalePrice\n1,20,1000,NA,100000\n2,60,1500,Ex,200000\n");
            File.WriteAllText(Path.Combine(folder, "test.csv"), "Id,MSSubClass,GrLivArea\n1461,20,1200\n");
            File.WriteAllText(Path.Combine(folder, "sample_submission.csv"), "Id,SalePrice\n1461,1\n");

            var error = Assert.Throws<InvalidDataException>(() => CompetitionData.Load(folder, Config(), new HousePricesCompetition().ReadOptions));

            Assert.Contains("lacks column(s)", error.Message, StringComparison.Ordinal);
            Assert.Contains("PoolQC", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Lasso_TinyRunWithCategoriesOnlyInTest_PredictsPositivePricesAndCountsThem()
    {
        var random = new Random(5);
        string[] neighbourhoods = ["NAmes", "CollgCr", "OldTown"];
        var rows = Enumerable.Range(0, 45).Select(i => new Dictionary<string, object?>
        {
            ["Neighborhood"] = neighbourhoods[i % 3],
            ["GrLivArea"] = 800.0 + random.Next(1500),
            ["OverallQual"] = (double)(3 + (i % 7)),
            ["LotFrontage"] = i % 5 == 0 ? null : 50.0 + random.Next(50),
            ["YearBuilt"] = 1920.0 + random.Next(85),
        }).ToArray();
        var train = Features.All(Frame(rows));
        var y = rows.Select(r => (30_000 + (100 * (double)r["GrLivArea"]!) + (15_000 * (double)r["OverallQual"]!)) * (0.9 + (0.2 * random.NextDouble()))).ToArray();
        var test = Features.All(Frame(new() { ["Neighborhood"] = "Blueste", ["MSSubClass"] = "150" }, new() { ["GrLivArea"] = 2000.0 }));
        var lasso = new HousePricesCompetition().Build(new BuildContext(Fast: true)).Models.Single(m => m.Name == "lasso");
        var reports = new FoldReports();

        var result = new CrossValidation(new KFold(3, Seed: 1), new Rmsle()).Run(lasso, train, y, test, observer: reports);

        Assert.All(result.Test!.Values.ToArray(), p => Assert.True(p > 0 && double.IsFinite(p), $"price {p}"));
        Assert.Equal([1, 1, 1], reports.All.Select(r => r.UnseenTestLevels["Neighborhood"]));
        Assert.Equal([1, 1, 1], reports.All.Select(r => r.UnseenTestLevels["MSSubClass"]));
        Assert.True(result.OutOfFoldScore < 0.2, $"rmsle {result.OutOfFoldScore}");
    }

    [Fact]
    public void Rmsle_OnPrices_IsKagglesLogRmseWithin1e5()
    {
        // Kaggle scores RMSE between log(predicted) and log(observed); the rmsle metric uses log1p. For prices of
        // tens of thousands the two differ by about |1/p − 1/y|, far below any difference between submissions.
        var random = new Random(3);
        var actual = Enumerable.Range(0, 500).Select(_ => 34_900 + (720_000 * random.NextDouble())).ToArray();
        var predicted = actual.Select(a => a * Math.Exp(0.3 * (random.NextDouble() - 0.5))).ToArray();

        var rmsle = new Rmsle().Score(actual, Matrix.FromColumn(predicted));
        var logRmse = Math.Sqrt(actual.Zip(predicted, (a, p) => Math.Pow(Math.Log(p) - Math.Log(a), 2)).Average());

        Assert.Equal(logRmse, rmsle, tolerance: 1e-5);
        Assert.NotEqual(logRmse, rmsle);
    }
}
