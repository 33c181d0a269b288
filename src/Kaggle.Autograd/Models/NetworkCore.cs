using Kaggle.Autograd.Kernels;
using Kaggle.Autograd.Nn;
using Kaggle.Autograd.Training;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models;

/// <summary>
/// What every fitted network model holds: the trained network (evaluation mode, never mutated again), its input scaling,
/// the sample shape, and the training curve. Predictions run through the managed kernel, whose per-row results do not
/// depend on the batch size or the thread count, so predicting a subset of rows gives exactly those rows' values.
/// </summary>
internal sealed class NetworkCore(Sequential network, Standardizer scaler, Shape sampleShape, int threads, TrainingCurve curve)
{
    public Standardizer Scaler => scaler;

    public Shape SampleShape => sampleShape;

    public TrainingCurve Curve => curve;

    public int FeatureCount => sampleShape.Size;

    /// <summary>The network's raw outputs (logits, or scaled regression values), [rows, outputs] row-major.</summary>
    public float[] Outputs(Matrix x)
    {
        Guard.PredictionSet(x, FeatureCount);
        return ScaledOutputs(scaler.Apply(x));
    }

    /// <summary>The raw outputs for rows already scaled by <see cref="Scaler"/> (float32, row-major).</summary>
    public float[] ScaledOutputs(float[] scaled)
    {
        using var scope = Engine.Use(ManagedGemm.Instance, threads);
        return Trainer.Predict(network, scaled, sampleShape);
    }

    /// <summary>Softmax over the <paramref name="classCount"/> logits of each row of <paramref name="x"/> into <paramref name="destination"/>.</summary>
    public void PredictProbabilities(Matrix x, int classCount, Matrix destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(destination);
        Guard.PredictionSet(x, FeatureCount);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != classCount)
            throw new ArgumentException($"destination is {destination.RowCount}×{destination.ColumnCount} but must be {x.RowCount}×{classCount}.", nameof(destination));
        NetworkFitting.Softmax(Outputs(x), classCount, destination);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(threads);
        scaler.Write(writer);
        writer.Write(curve.ToJson());
        writer.Flush();
        network.SaveWeights(writer.BaseStream);
    }

    public static NetworkCore Read(BinaryReader reader, Sequential network, Shape sampleShape)
    {
        var threads = reader.ReadInt32();
        var scaler = Standardizer.Read(reader);
        var curve = TrainingCurve.FromJson(reader.ReadString());
        network.LoadWeights(reader.BaseStream);
        network.Eval();
        return new NetworkCore(network, scaler, sampleShape, threads, curve);
    }
}
