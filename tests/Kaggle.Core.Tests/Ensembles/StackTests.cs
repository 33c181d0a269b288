using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Targets;
using Kaggle.Core.Validation;
using static Kaggle.Core.Tests.Ensembles.EnsembleMembers;

namespace Kaggle.Core.Tests.Ensembles;

public sealed class StackTests
{
    private static readonly int[] s_assignment = RoundRobin(40, 4);

    /// <summary>A meta-learner whose models remember the meta-features they were fitted on and report any row predicted again.</summary>
    private sealed record SpyLearner(List<HashSet<double>> Fits, List<double> Violations) : ILearner<SpyModel>
    {
        public SpyModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
        {
            var seen = x.Column(0).ToHashSet();
            Fits.Add(seen);
            return new SpyModel(seen, Violations);
        }
    }

    private sealed record SpyModel(HashSet<double> Seen, List<double> Violations) : IRegressionModel
    {
        public int FeatureCount => 1;

        public void Predict(Matrix x, Span<double> destination)
        {
            for (var i = 0; i < x.RowCount; i++)
            {
                if (Seen.Contains(x[i, 0])) Violations.Add(x[i, 0]);
                destination[i] = 0;
            }
        }
    }

    [Fact]
    public void Fit_NestedScores_MetaModelNeverSeesTheRowsItPredicts()
    {
        // Each row's out-of-fold prediction is its own index, so a meta-feature names its row.
        var oof = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var spy = new SpyLearner([], []);

        var result = new Stack(spy).Combine([Member("m", oof, s_assignment, [-1, -2])], new Rmse(), new double[40]).Result;

        Assert.Empty(spy.Violations);
        Assert.Equal(5, spy.Fits.Count);
        Assert.Equal(40, spy.Fits[0].Count);
        Assert.All(spy.Fits.Skip(1), rows => Assert.Equal(30, rows.Count));
        Assert.Equal(4, result.Folds.Count);
    }

    [Fact]
    public void Fit_LinearMeta_RecoversANegativeWeightTheBlendCannot()
    {
        var random = new Random(1);
        var a = Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToArray();
        var y = a.Zip(b, (u, v) => (2 * u) - v + 3).ToArray();
        CrossValidationResult[] members = [Member("a", a, s_assignment, [1, 2]), Member("b", b, s_assignment, [0, 1])];

        var stack = new Stack(new LinearRegression()).Combine(members, new Rmse(), y).Result;
        var blend = new Blend().Combine(members, new Rmse(), y);

        Assert.Equal(0, stack.OutOfFoldScore, 9);
        Assert.Equal(0, stack.Mean, 9);
        Assert.Equal(5, stack.Test![0, 0], 9);
        Assert.Equal(6, stack.Test![1, 0], 9);
        Assert.Contains("a=2.0000, b=-1.0000, intercept=3.0000", stack.Parameters, StringComparison.Ordinal);
        Assert.True(blend.Result.OutOfFoldScore > 0.5);
    }

    [Fact]
    public void Fit_LogInputsAndLogTarget_RecoversAGeometricMean()
    {
        var random = new Random(2);
        var a = Enumerable.Range(0, 40).Select(_ => 1e5 * (1 + random.NextDouble())).ToArray();
        var b = Enumerable.Range(0, 40).Select(_ => 1e5 * (1 + random.NextDouble())).ToArray();
        var y = a.Zip(b, (u, v) => Math.Sqrt(u * v)).ToArray();
        var meta = new TargetTransformRegressor<LinearModel> { Inner = new LinearRegression(), Transform = TargetTransform.Log };

        var stack = new Stack(meta) { Inputs = TargetTransform.Log }
            .Combine([Member("a", a, s_assignment, [4e5], "rmsle"), Member("b", b, s_assignment, [1e5], "rmsle")], new Rmsle(), y).Result;

        Assert.Equal(0, stack.OutOfFoldScore, 9);
        Assert.Equal(2e5, stack.Test![0, 0], 4);
        Assert.Contains("a=0.5000, b=0.5000", stack.Parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_TwoRepeats_ScoresEveryFoldOfEveryRepeatOnItsOwnPredictions()
    {
        var y = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var second = s_assignment.Select(f => (f + 1) % 4).Reverse().ToArray();
        var byRepeat = new[] { new Matrix(40, 1, y.Select(v => v + 1).ToArray()), new Matrix(40, 1, y.Select(v => v - 1).ToArray()) };
        var member = Member("m", y, s_assignment) with
        {
            Assignments = [s_assignment, second],
            OutOfFoldByRepeat = byRepeat,
            Folds = [new FoldResult(0, 5, 0, 0, 0, 0, 0), new FoldResult(1, 6, 0, 0, 0, 0, 0)],
        };

        var result = new Stack(new LinearRegression()).Combine([member], new Rmse(), y).Result;

        Assert.Equal(8, result.Folds.Count);
        Assert.Equal([5, 6], result.Folds.Select(f => f.Seed).Distinct());
        Assert.Equal(2, result.SeedMeans.Count);
        Assert.Equal(0, result.SeedStd, 9);
        Assert.Equal(0, result.Mean, 9);
    }

    [Fact]
    public void Fit_MembersOnDifferentFolds_Throws()
    {
        var y = new double[40];
        var other = s_assignment.Select(f => (f + 1) % 4).ToArray();

        var error = Assert.Throws<ArgumentException>(() =>
            new Stack(new LinearRegression()).Combine([Member("a", y, s_assignment), Member("b", y, other)], new Rmse(), y));

        Assert.Contains("other folds", error.Message, StringComparison.Ordinal);
    }
}
