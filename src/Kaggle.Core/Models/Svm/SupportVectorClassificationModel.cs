using Kaggle.Core.Data;
using Kaggle.Core.Models.Trees;

namespace Kaggle.Core.Models.Svm;

/// <summary>
/// A fitted <see cref="SupportVectorClassifier"/>: the support vectors (shared by the one-vs-one machines, so each
/// row's kernel values are computed once), each pair's coefficients, bias and Platt sigmoid. Immutable; prediction
/// is thread-safe and costs one kernel value per support vector per row.
/// </summary>
public sealed partial class SupportVectorClassificationModel : IClassificationModel, IPersistable<SupportVectorClassificationModel>
{
    private readonly Matrix _support;
    private readonly int[] _supportClasses;
    private readonly KernelFunction _kernel;
    private readonly SvmPair[] _pairs;
    private readonly int _threads;

    private SupportVectorClassificationModel(Matrix support, int[] supportClasses, int classCount, KernelFunction kernel, SvmPair[] pairs, bool platt, int threads)
    {
        _support = support;
        _supportClasses = supportClasses;
        ClassCount = classCount;
        _kernel = kernel;
        _pairs = pairs;
        HasPlattScaling = platt;
        _threads = threads;
    }

    public int ClassCount { get; }

    public int FeatureCount => _support.ColumnCount;

    /// <summary>Whether probabilities come from Platt sigmoids (else from the pairs' vote shares).</summary>
    public bool HasPlattScaling { get; }

    /// <summary>The kernel width γ used.</summary>
    public double Gamma => _kernel.Gamma;

    /// <summary>The number of distinct support vectors over all pairs.</summary>
    public int SupportVectorCount => _support.RowCount;

    /// <summary>Support vectors per class (scikit-learn's <c>n_support_</c>).</summary>
    public int[] SupportVectorsPerClass()
    {
        var counts = new int[ClassCount];
        foreach (var c in _supportClasses) counts[c]++;
        return counts;
    }

    internal static SupportVectorClassificationModel Create(Matrix x, int classCount, KernelFunction kernel, List<SvmPair> pairs, bool platt, int threads, ReadOnlySpan<double> y)
    {
        var rows = pairs.SelectMany(p => p.Machine.Support).Distinct().Order().ToArray();
        var index = new Dictionary<int, int>();
        for (var u = 0; u < rows.Length; u++) index[rows[u]] = u;
        var remapped = pairs.Select(p => p with { Machine = p.Machine with { Support = [.. p.Machine.Support.Select(r => index[r])] } }).ToArray();
        var classes = new int[rows.Length];
        for (var u = 0; u < rows.Length; u++) classes[u] = (int)y[rows[u]];
        return new SupportVectorClassificationModel(x.Rows(rows), classes, classCount, kernel, remapped, platt, threads);
    }

    /// <summary>
    /// Decision values, rows × pairs (pairs (0,1), (0,2), …, (1,2), …). For two classes, positive means class 1
    /// (scikit-learn's <c>decision_function</c>); for more, libsvm's one-vs-one values: positive favours the pair's
    /// lower class.
    /// </summary>
    public Matrix DecisionValues(Matrix x)
    {
        var raw = RawDecisions(x);
        if (ClassCount == 2) for (var k = 0; k < raw.Values.Length; k++) raw.Values[k] = -raw.Values[k];
        return raw;
    }

    /// <summary>The class with most pair votes per row (the lower class on a tie), as scikit-learn's <c>predict</c>.</summary>
    public int[] PredictByVote(Matrix x)
    {
        var raw = RawDecisions(x);
        var labels = new int[x.RowCount];
        var votes = new int[ClassCount];
        for (var i = 0; i < labels.Length; i++)
        {
            Array.Clear(votes);
            for (var p = 0; p < _pairs.Length; p++) votes[raw[i, p] > 0 ? _pairs[p].First : _pairs[p].Second]++;
            for (var c = 1; c < ClassCount; c++) if (votes[c] > votes[labels[i]]) labels[i] = c;
        }
        return labels;
    }

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var raw = RawDecisions(x);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException($"destination is {destination.RowCount}x{destination.ColumnCount} but {x.RowCount}x{ClassCount} is needed.", nameof(destination));
        var pairwise = new double[ClassCount, ClassCount];
        for (var i = 0; i < x.RowCount; i++)
        {
            var output = destination.Row(i);
            output.Clear();
            if (!HasPlattScaling)
            {
                for (var p = 0; p < _pairs.Length; p++) output[raw[i, p] > 0 ? _pairs[p].First : _pairs[p].Second] += 1.0 / _pairs.Length;
                continue;
            }
            for (var p = 0; p < _pairs.Length; p++)
            {
                var pair = _pairs[p];
                var first = Math.Clamp(PlattScaling.Probability(raw[i, p], pair.SigmoidA, pair.SigmoidB), 1e-7, 1 - 1e-7);
                pairwise[pair.First, pair.Second] = first;
                pairwise[pair.Second, pair.First] = 1 - first;
            }
            if (_pairs.Length == 1)
            {
                output[_pairs[0].First] = pairwise[_pairs[0].First, _pairs[0].Second];
                output[_pairs[0].Second] = pairwise[_pairs[0].Second, _pairs[0].First];
            }
            else PairwiseCoupling.Couple(pairwise, output);
        }
    }

    // libsvm's raw one-vs-one decisions, rows × pairs.
    private Matrix RawDecisions(Matrix x)
    {
        Guard.PredictionSet(x, FeatureCount);
        Guard.NoMissing(x);
        var result = new Matrix(x.RowCount, _pairs.Length);
        TreeParallel.For(x.RowCount, _threads, i =>
        {
            var row = x.Row(i);
            var kernel = new double[_support.RowCount];
            _kernel.Values(row, _support, kernel);
            for (var p = 0; p < _pairs.Length; p++)
            {
                var machine = _pairs[p].Machine;
                var sum = -machine.Rho;
                for (var s = 0; s < machine.Support.Length; s++) sum += machine.Coefficients[s] * kernel[machine.Support[s]];
                result[i, p] = sum;
            }
        });
        return result;
    }
}
