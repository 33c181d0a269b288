using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// C-support vector classification (https://en.wikipedia.org/wiki/Support_vector_machine), as scikit-learn's
/// <c>SVC</c> (libsvm): one machine per pair of classes (one-vs-one), each solved by SMO with a kernel cache and
/// shrinking. Labels are decided by the pairs' votes; probabilities come from Platt sigmoids fitted on decision
/// values of <see cref="PlattFolds"/> inner folds of each pair's rows (seeded by <see cref="Seed"/>) and, for more
/// than two classes, pairwise coupling, as libsvm's <c>-b 1</c>. A row's weight multiplies its C; rows of weight 0
/// are left out. Memory O(cache), time roughly O(rows² × features) per machine: for tens of thousands of rows.
/// </summary>
public sealed record SupportVectorClassifier : SvmSettings, ILearner<SupportVectorClassificationModel>
{
    /// <summary>Inner folds for the Platt sigmoids (default 5, as libsvm); 0 gives vote shares as probabilities.</summary>
    public int PlattFolds { get; init; } = 5;

    /// <summary>Seed of the inner folds' shuffle (default 0).</summary>
    public int Seed { get; init; }

    public SupportVectorClassificationModel Fit(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight = default)
    {
        Guard.TrainingSet(x, y, sampleWeight, allowMissingFeatures: false);
        var classCount = Guard.ClassLabels(y);
        if (PlattFolds is 1 or < 0) throw new ArgumentOutOfRangeException(nameof(PlattFolds), PlattFolds, "PlattFolds must be 0 (off) or at least 2.");
        var kernel = ResolveKernel(x);
        var threads = TreeFitting.ResolveThreads(Threads);
        var byClass = new List<int>[classCount];
        for (var c = 0; c < classCount; c++) byClass[c] = [];
        for (var i = 0; i < y.Length; i++)
            if (sampleWeight.IsEmpty || sampleWeight[i] > 0) byClass[(int)y[i]].Add(i);
        var weights = sampleWeight.IsEmpty ? null : sampleWeight.ToArray();

        var classPairs = new List<(int A, int B)>();
        for (var a = 0; a < classCount; a++)
            for (var b = a + 1; b < classCount; b++)
                if (byClass[a].Count > 0 && byClass[b].Count > 0) classPairs.Add((a, b));
        // With several pairs, whole machines run side by side, one thread each (libsvm's solver is sequential, and
        // a machine is usually too small to split its kernel columns); each machine is the same at any thread
        // count, so the fit is too. The cache budget is shared by the machines running at once.
        var concurrent = Math.Min(threads, classPairs.Count);
        var inner = concurrent > 1 ? 1 : threads;
        var cacheMegabytes = CacheMegabytes / Math.Max(concurrent, 1);
        var pool = new ColumnPool(classPairs.Count == 0 ? 1 : classPairs.Max(pair => byClass[pair.A].Count + byClass[pair.B].Count));
        var pairs = new SvmPair[classPairs.Count];
        TreeParallel.For(classPairs.Count, concurrent, index =>
        {
            var (a, b) = classPairs[index];
            int[] rows = [.. byClass[a], .. byClass[b]];
            var first = rows.Select((_, i) => i < byClass[a].Count).ToArray();
            var machine = TrainPair(x, rows, first, weights, kernel, inner, cacheMegabytes, pool);
            var (sigmoidA, sigmoidB) = PlattFolds >= 2
                ? Platt(x, rows, first, weights, kernel, inner, cacheMegabytes, pool, SplitMix64.Derive(Seed, index))
                : (double.NaN, double.NaN);
            pairs[index] = new SvmPair(a, b, machine, sigmoidA, sigmoidB);
        });
        return SupportVectorClassificationModel.Create(x, classCount, kernel, [.. pairs], PlattFolds >= 2, threads, y);
    }

    private BinarySvm TrainPair(Matrix x, int[] rows, bool[] first, double[]? weights, KernelFunction kernel, int threads, double cacheMegabytes, ColumnPool pool)
    {
        var sign = first.Select(f => f ? 1.0 : -1.0).ToArray();
        var cap = rows.Select(r => C * (weights?[r] ?? 1)).ToArray();
        return BinarySvm.Train(x, rows, sign, cap, kernel, Tolerance, Shrinking, cacheMegabytes, IterationLimit(rows.Length), threads, pool);
    }

    // libsvm's svm_binary_svc_probability: decision values of shuffled inner folds, then Platt's fit.
    private (double A, double B) Platt(Matrix x, int[] rows, bool[] first, double[]? weights, KernelFunction kernel, int threads, double cacheMegabytes, ColumnPool pool, long seed)
    {
        var order = Enumerable.Range(0, rows.Length).ToArray();
        new SplitMix64(seed).Shuffle<int>(order);
        var decisions = new double[rows.Length];
        var folds = Math.Min(PlattFolds, rows.Length);
        for (var f = 0; f < folds; f++)
        {
            var (start, end) = (f * rows.Length / folds, (f + 1) * rows.Length / folds);
            var train = order[..start].Concat(order[end..]).ToArray();
            var held = order[start..end];
            var trainFirst = train.Select(i => first[i]).ToArray();
            if (trainFirst.All(v => v) || trainFirst.All(v => !v))
            {
                // One class in the inner training part: libsvm's fixed ±1 decisions.
                foreach (var i in held) decisions[i] = train.Length == 0 ? 0 : trainFirst[0] ? 1 : -1;
                continue;
            }
            var machine = TrainPair(x, [.. train.Select(i => rows[i])], trainFirst, weights, kernel, threads, cacheMegabytes, pool);
            var values = machine.Decisions(x, x.Rows([.. held.Select(i => rows[i])]), kernel, threads);
            for (var h = 0; h < held.Length; h++) decisions[held[h]] = values[h];
        }
        return PlattScaling.Fit(decisions, first);
    }
}
