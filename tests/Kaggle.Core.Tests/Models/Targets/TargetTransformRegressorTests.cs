using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Targets;
using Kaggle.Testing;

namespace Kaggle.Core.Tests.Models.Targets;

public sealed class TargetTransformRegressorTests
{
    public static LearnerCase[] LearnerCases() =>
    [
        new LearnerCase("TargetTransformRegressor asinh(Ridge)", LearnerTask.Regression,
            _ => new TargetTransformRegressor<LinearModel> { Inner = new RidgeRegression(), Transform = TargetTransform.Asinh },
            RoundTrip: LearnerCase.Persist<TargetTransformModel<LinearModel>>),
        new LearnerCase("TargetTransformRegressor identity(Lasso)", LearnerTask.Regression,
            _ => new TargetTransformRegressor<LinearModel> { Inner = new Lasso { Alpha = 0.01 }, Transform = TargetTransform.Identity },
            RoundTrip: LearnerCase.Persist<TargetTransformModel<LinearModel>>),
    ];

    public static TheoryData<string, string> Checks() => LearnerConformance.Rows(LearnerCases());

    [Theory]
    [MemberData(nameof(Checks))]
    public void Learner_ConformanceCheck_Passes(string learner, string check) => LearnerConformance.Run(LearnerCases(), learner, check);

    [Fact]
    public void Fit_Log1pOfExactExponential_PredictsOriginalScale()
    {
        var x = Matrix.FromColumn([0, 0.5, 1, 2, 3]);
        double[] y = [.. Enumerable.Range(0, 5).Select(i => Math.Exp((2 * x[i, 0]) + 1) - 1)];
        var learner = new TargetTransformRegressor<LinearModel> { Inner = new LinearRegression() };

        var model = learner.Fit(x, y);

        Assert.Equal(2, model.Inner.Coefficients[0], 10);
        Assert.Equal(1, model.Inner.Intercept, 10);
        Kaggle.Core.Tests.Models.Linear.LogisticRegressionTests.AssertClose(y, model.Predict(x), 1e-10);
    }

    [Fact]
    public void Predict_IsInverseOfInnerPrediction()
    {
        var (x, y) = Synthetic.Regression(rows: 50);
        double[] positive = [.. y.Select(v => Math.Abs(v) * 1000)];
        var model = new TargetTransformRegressor<LinearModel> { Inner = new RidgeRegression { Alpha = 0.1 } }.Fit(x, positive);

        var outer = model.Predict(x);
        var inner = model.Inner.Predict(x);

        for (var i = 0; i < x.RowCount; i++)
            Assert.Equal(Math.Exp(inner[i]) - 1, outer[i], 6);
    }

    [Fact]
    public void Fit_TargetOutsideDomain_ThrowsNamingTransformAndRow()
    {
        var learner = new TargetTransformRegressor<LinearModel> { Inner = new LinearRegression() };

        var error = Assert.Throws<TargetDomainException>(() => learner.Fit(Matrix.FromColumn([1, 2, 3]), [0.5, -2, 4]));

        Assert.Equal(("log1p", 1, -2.0), (error.Transform, error.Index, error.Value));
        Assert.Contains("the target -2 (y[1])", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_FunctionsNotInverse_Throws()
    {
        var wrong = new TargetTransform("double", y => 2 * y, z => z);
        var learner = new TargetTransformRegressor<LinearModel> { Inner = new LinearRegression(), Transform = wrong };

        var error = Assert.Throws<ArgumentException>(() => learner.Fit(Matrix.FromColumn([1, 2, 3]), [1, 2, 3]));

        Assert.Contains("not inverted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomTransform_NeedsTheTransformAgain()
    {
        var cube = new TargetTransform("cube", y => y * y * y, Math.Cbrt);
        var model = new TargetTransformRegressor<LinearModel> { Inner = new LinearRegression(), Transform = cube }
            .Fit(Matrix.FromColumn([1, 2, 3, 4]), [1, 2, 3, 5]);
        using var stream = new MemoryStream();
        model.Save(stream);

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => TargetTransformModel<LinearModel>.Load(stream));
        stream.Position = 0;
        var loaded = TargetTransformModel<LinearModel>.Load(stream, cube);

        Assert.Contains("cube", error.Message, StringComparison.Ordinal);
        Assert.Equal(model.Predict(Matrix.FromColumn([2.5])), loaded.Predict(Matrix.FromColumn([2.5])));
    }

    [Theory]
    [InlineData(1e-20)]
    [InlineData(-1e-12)]
    [InlineData(3.5)]
    [InlineData(250_000)]
    public void Log1p_RoundTripsAndIsAccurateNearZero(double y)
    {
        var z = TargetTransform.Log1p.Forward(y);

        Assert.Equal(y, TargetTransform.Log1p.Inverse(z), Math.Abs(y) * 1e-14);
        if (Math.Abs(y) < 1e-10) Assert.Equal(y - (y * y / 2), z, Math.Abs(y) * 1e-15);   // the Taylor series; Math.Log(1 + y) loses digits here (all of them at 1e-20)
    }
}
