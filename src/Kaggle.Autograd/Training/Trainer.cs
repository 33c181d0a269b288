using Kaggle.Autograd.Data;
using Kaggle.Autograd.Nn;
using Kaggle.Autograd.Optim;

namespace Kaggle.Autograd.Training;

/// <summary>
/// The mini-batch training loop shared by the learners and the benchmarks: per batch, gather (and augment) the rows,
/// forward, loss (cross-entropy for labels, squared error for targets, both weighted), backward, clip, set the scheduled
/// rate, step. Buffers come from one <see cref="BufferArena"/>, so after the first batch a step allocates almost nothing.
/// </summary>
public static class Trainer
{
    public static TrainingCurve Fit(Module network, Optimizer optimizer, TrainingData train, TrainingData? validation, TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        train.Validate();
        validation?.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        if (options.Augmentation is { } a && a.Channels * a.Height * a.Width != train.SampleShape.Size)
            throw new ArgumentException($"The augmentation is for {a.Channels}×{a.Height}×{a.Width} images but samples have shape {train.SampleShape}.", nameof(options));
        var loader = new DataLoader(train.RowCount, options.BatchSize, shuffle: true, options.Seed);
        var arena = new BufferArena();
        var baseRate = optimizer.LearningRate;
        var totalSteps = options.Epochs * loader.BatchCount;
        var step = 0;
        var records = new List<EpochRecord>();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            network.Train();
            var totals = new Totals();
            foreach (var rows in loader.Batches(epoch))
            {
                using var scope = arena.Begin();
                var x = Tensor.Empty(BatchShape(rows.Count, train.SampleShape));
                if (options.Augmentation is { } augmentation)
                    augmentation.Apply(train.Features, rows, x.Data, options.Seed, epoch);
                else
                    DataLoader.Gather(train.Features, train.SampleShape.Size, rows, x.Data);
                var output = network.Forward(x);
                var loss = Loss(output, train, rows, ref totals);
                optimizer.ZeroGrad();
                loss.Backward();
                if (options.ClipNorm > 0) GradientClipping.ClipNorm(optimizer.Parameters, options.ClipNorm);
                optimizer.LearningRate = baseRate * options.Schedule.Factor(step++, totalSteps, loader.BatchCount);
                optimizer.Step();
                totals.Loss += loss.Item() * totals.LastBatchWeight;
            }
            var (validationLoss, validationMetric) = validation is null ? ((double?)null, (double?)null) : Evaluate(network, validation, options.EvaluationBatchSize);
            var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            var record = new EpochRecord(epoch + 1, totals.Loss / totals.Weight, totals.Metric(train.Labels is not null),
                validationLoss, validationMetric, optimizer.LearningRate, seconds);
            records.Add(record);
            options.OnEpoch?.Invoke(record);
        }
        network.Eval();
        return new TrainingCurve(train.Labels is not null ? "accuracy" : "rmse", records);
    }

    /// <summary>The loss and metric of <paramref name="network"/> (in evaluation mode) on <paramref name="data"/>.</summary>
    public static (double Loss, double Metric) Evaluate(Module network, TrainingData data, int batchSize = 1024)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        var training = network.Training;
        network.Eval();
        using var noGrad = Engine.NoGrad();
        var arena = new BufferArena();
        var totals = new Totals();
        var loss = 0.0;
        foreach (var rows in new DataLoader(data.RowCount, batchSize, shuffle: false).Batches(0))
        {
            using var scope = arena.Begin();
            var x = Tensor.Empty(BatchShape(rows.Count, data.SampleShape));
            DataLoader.Gather(data.Features, data.SampleShape.Size, rows, x.Data);
            loss += Loss(network.Forward(x), data, rows, ref totals).Item() * totals.LastBatchWeight;
        }
        network.Train(training);
        return (loss / totals.Weight, totals.Metric(data.Labels is not null));
    }

    /// <summary>The network's outputs for every row (evaluation mode, no graph), [rows, outputs] row-major.</summary>
    public static float[] Predict(Module network, ReadOnlySpan<float> features, Shape sampleShape, int batchSize = 1024)
    {
        ArgumentNullException.ThrowIfNull(network);
        var rowCount = features.Length / sampleShape.Size;
        using var noGrad = Engine.NoGrad();
        var arena = new BufferArena();
        float[]? result = null;
        for (var start = 0; start < rowCount; start += batchSize)
        {
            var count = Math.Min(batchSize, rowCount - start);
            using var scope = arena.Begin();
            var x = Tensor.Empty(BatchShape(count, sampleShape));
            features.Slice(start * sampleShape.Size, count * sampleShape.Size).CopyTo(x.Data);
            var output = network.Forward(x);
            var width = output.Size / count;
            result ??= new float[rowCount * width];
            output.Data.AsSpan(0, count * width).CopyTo(result.AsSpan(start * width));
        }
        return result ?? [];
    }

    private static Shape BatchShape(int rows, Shape sample) => new([rows, .. sample.Dims]);

    private static Tensor Loss(Tensor output, TrainingData data, ArraySegment<int> rows, ref Totals totals)
    {
        // Absent weights are ones, through the same code path, so "no weights" and "all weights 1" train identically.
        var weights = BufferArena.RentFloats(rows.Count);
        var batchWeight = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            weights[i] = data.Weights?[rows[i]] ?? 1f;
            batchWeight += weights[i];
        }
        totals.LastBatchWeight = batchWeight;
        totals.Weight += batchWeight;
        if (data.Labels is { } allLabels)
        {
            var labels = BufferArena.RentInts(rows.Count);
            var k = output.Size / rows.Count;
            for (var i = 0; i < rows.Count; i++)
            {
                labels[i] = allLabels[rows[i]];
                var row = output.Data.AsSpan(i * k, k);
                if (System.Numerics.Tensors.TensorPrimitives.IndexOfMax(row) == labels[i]) totals.Hits += weights[i];
            }
            return output.Reshape(rows.Count, k).CrossEntropy(labels.AsSpan(0, rows.Count), weights.AsSpan(0, rows.Count));
        }
        var target = Tensor.Empty(output.Shape);
        for (var i = 0; i < rows.Count; i++)
        {
            target.Data[i] = data.Targets![rows[i]];
            var error = (double)output.Data[i] - target.Data[i];
            totals.SquaredError += weights[i] * error * error;
        }
        return output.Mse(target, weights.AsSpan(0, rows.Count));
    }

    private struct Totals
    {
        public double Loss, Weight, Hits, SquaredError, LastBatchWeight;

        public readonly double Metric(bool classification) =>
            Weight == 0 ? double.NaN : classification ? Hits / Weight : Math.Sqrt(SquaredError / Weight);
    }
}
