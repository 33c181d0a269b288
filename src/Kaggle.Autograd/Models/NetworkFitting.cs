using Kaggle.Autograd.Data;
using Kaggle.Autograd.Kernels;
using Kaggle.Autograd.Native;
using Kaggle.Autograd.Nn;
using Kaggle.Autograd.Training;

namespace Kaggle.Autograd.Models;

/// <summary>The part of Fit every network learner shares: the validation hold-out, the kernel and thread scope, the loop.</summary>
internal static class NetworkFitting
{
    public static TrainingCurve Train(Sequential network, float[] features, Shape sampleShape, int[]? labels, float[]? targets,
        float[]? weights, TrainingSettings settings, ImageAugmentation? augmentation, int seed, int threads, GemmBackend backend)
    {
        var all = new TrainingData(features, sampleShape, labels, targets, weights);
        var (train, validation) = Split(all, settings.ValidationFraction, seed);
        IGemm gemm = backend == GemmBackend.OpenBlas ? OpenBlasGemm.Load() : ManagedGemm.Instance;
        using var scope = Engine.Use(gemm, threads);
        var optimizer = settings.CreateOptimizer(network.Parameters());
        var options = new TrainerOptions
        {
            Epochs = settings.Epochs,
            BatchSize = settings.BatchSize,
            Seed = seed,
            Schedule = settings.CreateSchedule(),
            ClipNorm = settings.ClipNorm,
            Augmentation = augmentation,
        };
        return Trainer.Fit(network, optimizer, train, validation, options);
    }

    /// <summary>Holds out ⌊fraction·rows⌋ rows chosen by the seed (none when the fraction is 0).</summary>
    private static (TrainingData Train, TrainingData? Validation) Split(TrainingData data, double fraction, int seed)
    {
        var held = (int)(fraction * data.RowCount);
        if (held == 0) return (data, null);
        if (held >= data.RowCount)
            throw new ArgumentException($"ValidationFraction {fraction} leaves no training rows out of {data.RowCount}.");
        var order = new DataLoader(data.RowCount, 1, shuffle: true, seed).Order(-1);
        return (Subset(data, order[held..]), Subset(data, order[..held]));
    }

    private static TrainingData Subset(TrainingData data, int[] rows)
    {
        var width = data.SampleShape.Size;
        var features = new float[rows.Length * width];
        DataLoader.Gather(data.Features, width, rows, features);
        return new TrainingData(features, data.SampleShape, data.Labels is null ? null : [.. rows.Select(r => data.Labels[r])],
            data.Targets is null ? null : [.. rows.Select(r => data.Targets[r])], data.Weights is null ? null : [.. rows.Select(r => data.Weights[r])]);
    }

    /// <summary>Sample weights as float32, or null when none are given.</summary>
    public static float[]? Weights(ReadOnlySpan<double> sampleWeight)
    {
        if (sampleWeight.IsEmpty) return null;
        var result = new float[sampleWeight.Length];
        for (var i = 0; i < result.Length; i++) result[i] = (float)sampleWeight[i];
        return result;
    }

    /// <summary>Class indices 0..K−1 from validated labels.</summary>
    public static int[] Labels(ReadOnlySpan<double> y)
    {
        var labels = new int[y.Length];
        for (var i = 0; i < labels.Length; i++) labels[i] = (int)y[i];
        return labels;
    }

    /// <summary>Row-wise softmax of float logits, computed in double so each row sums to 1 to double precision.</summary>
    public static void Softmax(float[] logits, int classes, Kaggle.Core.Data.Matrix destination)
    {
        for (var i = 0; i < destination.RowCount; i++)
        {
            var row = destination.Row(i);
            var max = double.NegativeInfinity;
            for (var k = 0; k < classes; k++) max = Math.Max(max, logits[(i * classes) + k]);
            var sum = 0.0;
            for (var k = 0; k < classes; k++) sum += row[k] = Math.Exp(logits[(i * classes) + k] - max);
            for (var k = 0; k < classes; k++) row[k] /= sum;
        }
    }
}
