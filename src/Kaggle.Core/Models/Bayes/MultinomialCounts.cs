using Kaggle.Core.Data;
using Kaggle.Core.Models.Linear;

namespace Kaggle.Core.Models.Bayes;

/// <summary>
/// The sufficient statistics of the multinomial-family naive Bayes models: per class, the weighted sum of each
/// feature (<c>feature_count_</c>) and the weighted row count (<c>class_count_</c>), from dense or CSR rows.
/// </summary>
internal static class MultinomialCounts
{
    public static (double[] FeatureCounts, double[] ClassCounts) Of(Matrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, int classCount, string learner)
    {
        var values = x.Values;
        for (var k = 0; k < values.Length; k++)
            if (!(values[k] >= 0) || double.IsPositiveInfinity(values[k]))
                throw NegativeFeature(learner, k / x.ColumnCount, k % x.ColumnCount, values[k]);
        return Sum(new DenseRows(x), y, sampleWeight, classCount);
    }

    public static (double[] FeatureCounts, double[] ClassCounts) Of(CsrMatrix x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, int classCount, string learner)
    {
        for (var i = 0; i < x.RowCount; i++)
        {
            var values = x.RowValues(i);
            for (var k = 0; k < values.Length; k++)
                if (!(values[k] >= 0) || double.IsPositiveInfinity(values[k]))
                    throw NegativeFeature(learner, i, x.RowIndices(i)[k], values[k]);
        }
        return Sum(new SparseRows(x), y, sampleWeight, classCount);
    }

    private static (double[], double[]) Sum<TRows>(TRows x, ReadOnlySpan<double> y, ReadOnlySpan<double> sampleWeight, int classCount) where TRows : struct, IRowDesign
    {
        var features = x.ColumnCount;
        var featureCounts = new double[classCount * features];
        var classCounts = new double[classCount];
        for (var i = 0; i < x.RowCount; i++)
        {
            var label = (int)y[i];
            var w = sampleWeight.IsEmpty ? 1.0 : sampleWeight[i];
            classCounts[label] += w;
            x.AddScaled(i, w, featureCounts.AsSpan(label * features, features));
        }
        return (featureCounts, classCounts);
    }

    private static ArgumentException NegativeFeature(string learner, int row, int column, double value) =>
        new($"x[{row}, {column}] is {value}; {learner} needs finite non-negative features (counts, TF-IDF), not centred or scaled ones.", "x");
}
