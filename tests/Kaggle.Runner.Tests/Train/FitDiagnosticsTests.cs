using Kaggle.Core.Data;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Validation;
using Kaggle.Runner.Train;

namespace Kaggle.Runner.Tests.Train;

public sealed class FitDiagnosticsTests
{
    private static FoldReport Report(Kaggle.Core.Models.IModel model, params string[] names) =>
        new(0, 1, 0, new Dictionary<string, int>(), []) { Model = model, FeatureNames = names };

    private static (Matrix X, double[] Y) Data(int classes)
    {
        var x = new Matrix(120, 2);
        var y = new double[120];
        for (var i = 0; i < 120; i++)
        {
            y[i] = i % classes;
            x[i, 0] = y[i] + 0.3 * Math.Sin(i);
            x[i, 1] = Math.Cos(i * 1.7);
        }
        return (x, y);
    }

    [Fact]
    public void Add_BoosterWithEarlyStopping_RecordsGainAndValidationCurve()
    {
        var (x, y) = Data(2);
        var model = new HistGradientBoostingClassifier { Rounds = 30, EarlyStoppingRounds = 100, ValidationFraction = 0.25, Seed = 1 }.Fit(x, y);
        var diagnostics = new FitDiagnostics();

        diagnostics.Add("gbdt", Report(model, "signal", "noise"));

        var importance = diagnostics.Importance()["gbdt"];
        Assert.Equal("gain", importance.Kind);
        Assert.Equal("signal", importance.Features[0].Feature);
        var curve = diagnostics.Curves()["gbdt"];
        Assert.Equal("validation log-loss", curve.Metric);
        Assert.Equal(30, curve.Mean.Count);
        Assert.True(curve.Mean[^1] < curve.Mean[0]);
    }

    [Fact]
    public void Add_MulticlassLogistic_MeanAbsoluteCoefficient()
    {
        var (x, y) = Data(3);
        var model = new LogisticRegression().Fit(x, y);
        var diagnostics = new FitDiagnostics();

        diagnostics.Add("logreg", Report(model, "signal", "noise"));

        var importance = diagnostics.Importance()["logreg"];
        Assert.Equal("mean |coefficient|", importance.Kind);
        Assert.All(importance.Features, w => Assert.True(w.Mean >= 0));
        Assert.Empty(diagnostics.Curves());
    }

    [Fact]
    public void Add_FoldsWithDifferentColumns_MatchesByNameAndCountsAbsentAsZero()
    {
        var diagnostics = new FitDiagnostics();

        diagnostics.Add("m", Report(new LinearModel([2.0, 4.0], 0), "a", "b"));
        diagnostics.Add("m", Report(new LinearModel([4.0, 8.0], 0), "a", "c"));

        var weights = diagnostics.Importance()["m"].Features.ToDictionary(w => w.Feature);
        Assert.Equal(3.0, weights["a"].Mean, 12);
        Assert.Equal(1.0, weights["a"].Std, 12);
        Assert.Equal(2.0, weights["b"].Mean, 12); // (4 + 0) / 2 fits
        Assert.Equal(4.0, weights["c"].Mean, 12); // (0 + 8) / 2 fits
        Assert.Equal(["c", "a", "b"], diagnostics.Importance()["m"].Features.Select(w => w.Feature));
    }

    [Fact]
    public void Add_NoFittedModel_RecordsNothing()
    {
        var diagnostics = new FitDiagnostics();

        diagnostics.Add("m", new FoldReport(0, 1, 0, new Dictionary<string, int>(), []));

        Assert.Empty(diagnostics.Importance());
        Assert.Empty(diagnostics.Curves());
    }
}
