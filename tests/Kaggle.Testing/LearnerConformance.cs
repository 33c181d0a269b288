using Kaggle.Core.Data;
using Xunit;

namespace Kaggle.Testing;

/// <summary>
/// The executable learner contract (our <c>check_estimator</c>): every check in <see cref="LearnerChecks"/> runs on
/// every registered <see cref="LearnerCase"/> as its own test, so a failure names both the learner and the check, and a
/// check a case cannot take (no save/load, no sample weights, no sparse input, a classifier-only check on a regressor) shows as skipped
/// with the reason.
/// </summary>
/// <remarks>
/// <para><b>Adding a learner</b> is one line in a test project's conformance class (for example
/// <c>Kaggle.Core.Tests/Models/Linear/LinearLearnerConformanceTests.cs</c>): append a case to its case list
/// (<c>Cases()</c> or <c>LearnerCases()</c>), with a name unique in that class. For example (illustrative names):</para>
/// <code>
/// new LearnerCase("KNeighborsClassifier k=5", LearnerTask.Binary, seed => new KNeighborsClassifier { K = 5 },
///     RoundTrip: LearnerCase.Persist&lt;KNeighborsClassificationModel&gt;, AcceptsSampleWeights: false),
/// </code>
/// <para>Declare what the learner can do and leave the rest at its default: <c>HandlesMissing</c> (NaN features),
/// <c>RoundTrip</c> (save/load), <c>CreateWithThreads</c> (thread-count determinism), <c>AcceptsSampleWeights</c>.
/// A learner family without a conformance class yet gets one like this (three members, nothing else):</para>
/// <code>
/// public sealed class SvmLearnerConformanceTests
/// {
///     public static LearnerCase[] Cases() => [ /* one line per case */ ];
///
///     public static TheoryData&lt;string, string&gt; Checks() =&gt; LearnerConformance.Rows(Cases());
///
///     [Theory]
///     [MemberData(nameof(Checks))]
///     public void Learner_ConformanceCheck_Passes(string learner, string check) =&gt; LearnerConformance.Run(Cases(), learner, check);
/// }
/// </code>
/// <para>The tests are named <c>Learner_ConformanceCheck_Passes(learner: "…", check: "…")</c>; run one learner's checks
/// with <c>--filter "DisplayName~KNeighborsClassifier"</c>. Adding a check: write it in <see cref="LearnerChecks"/>
/// (calling <see cref="Assert.Skip"/> with the reason when a case lacks what it needs) and list it in the table below;
/// every case in every project then runs it.</para>
/// </remarks>
public static class LearnerConformance
{
    private static readonly (string Name, Action<LearnerCase> Run)[] s_checks =
    [
        (nameof(LearnerChecks.FitDoesNotChangeLearner), LearnerChecks.FitDoesNotChangeLearner),
        (nameof(LearnerChecks.SameSeedSamePredictions), LearnerChecks.SameSeedSamePredictions),
        (nameof(LearnerChecks.SubsetPredictionsMatchFullPredictions), LearnerChecks.SubsetPredictionsMatchFullPredictions),
        (nameof(LearnerChecks.PredictIsPureAndThreadSafe), LearnerChecks.PredictIsPureAndThreadSafe),
        (nameof(LearnerChecks.MismatchedShapesThrow), LearnerChecks.MismatchedShapesThrow),
        (nameof(LearnerChecks.TinyInputsFitOrThrowClearly), LearnerChecks.TinyInputsFitOrThrowClearly),
        (nameof(LearnerChecks.UnitWeightsEqualNoWeights), LearnerChecks.UnitWeightsEqualNoWeights),
        (nameof(LearnerChecks.SaveLoadRoundTripPredictsIdentically), LearnerChecks.SaveLoadRoundTripPredictsIdentically),
        (nameof(LearnerChecks.BeatsConstantBaseline), LearnerChecks.BeatsConstantBaseline),
        (nameof(LearnerChecks.ProbabilitiesAreValid), LearnerChecks.ProbabilitiesAreValid),
        (nameof(LearnerChecks.ThreadCountDoesNotChangePredictions), LearnerChecks.ThreadCountDoesNotChangePredictions),
        (nameof(LearnerChecks.MissingValuesFitOrThrowClearly), LearnerChecks.MissingValuesFitOrThrowClearly),
        (nameof(LearnerChecks.SparseInputMatchesDense), LearnerChecks.SparseInputMatchesDense),
    ];

    /// <summary>The name of every check, in the order they run.</summary>
    public static IReadOnlyList<string> CheckNames { get; } = [.. s_checks.Select(check => check.Name)];

    /// <summary>
    /// The theory rows for <paramref name="cases"/>: one (case name, check name) pair per learner and check. Names are
    /// plain strings so that every pair is discovered, run and reported as a test of its own.
    /// </summary>
    public static TheoryData<string, string> Rows(IEnumerable<LearnerCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToList();
        var repeated = list.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException($"Two learner cases are named '{repeated.Key}'; each case needs a unique name.", nameof(cases));
        var rows = new TheoryData<string, string>();
        foreach (var c in list)
            foreach (var check in CheckNames)
                rows.Add(c.Name, check);
        return rows;
    }

    /// <summary>Runs the check named <paramref name="check"/> on the case named <paramref name="learner"/>.</summary>
    public static void Run(IEnumerable<LearnerCase> cases, string learner, string check)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var c = cases.FirstOrDefault(c => c.Name == learner)
            ?? throw new ArgumentException($"No learner case is named '{learner}'.", nameof(learner));
        var run = s_checks.FirstOrDefault(x => x.Name == check).Run
            ?? throw new ArgumentException($"No conformance check is named '{check}'. Checks: {string.Join(", ", CheckNames)}.", nameof(check));
        run(c);
    }

    /// <summary>The synthetic training set for a case's task; <paramref name="seed"/> 100 is the usual held-out set.</summary>
    public static (Matrix X, double[] Y) Data(LearnerCase c, int seed = 0, double missing = 0)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Task switch
        {
            LearnerTask.Regression => Synthetic.Regression(seed: 1 + seed, missingFraction: missing),
            LearnerTask.Binary => Synthetic.Binary(seed: 2 + seed, missingFraction: missing),
            _ => Synthetic.Multiclass(seed: 3 + seed, missingFraction: missing),
        };
    }

    /// <summary>Asserts two prediction matrices have the same shape and the same bits.</summary>
    public static void AssertBitwiseEqual(Matrix expected, Matrix actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        Assert.True(expected.AsBytes().SequenceEqual(actual.AsBytes()), "predictions differ bit for bit");
    }

    /// <summary>Asserts two prediction matrices have the same shape and values within a relative tolerance.</summary>
    public static void AssertClose(Matrix expected, Matrix actual, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        for (var k = 0; k < expected.Values.Length; k++)
        {
            var a = expected.Values[k];
            var b = actual.Values[k];
            Assert.True(Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Abs(a)), $"value {k}: {a} vs {b}");
        }
    }
}
