using Kaggle.Autograd.Data;
using Kaggle.Autograd.Training;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models;

/// <summary>
/// A fitted <see cref="CnnClassifier"/>: softmax probabilities over classes 0..K−1, averaged over the views of
/// <see cref="TestTime"/> when it is set.
/// </summary>
public sealed class CnnClassifierModel : IClassificationModel, IPersistable<CnnClassifierModel>, ITrainingLog
{
    private const string Tag = "CnnClassifier";
    private readonly CnnSpec _spec;
    private readonly NetworkCore _core;

    internal CnnClassifierModel(CnnSpec spec, NetworkCore core, TestTimeAugmentation? testTime)
    {
        _spec = spec;
        _core = core;
        TestTime = testTime;
    }

    public int FeatureCount => _core.FeatureCount;

    public int ClassCount => _spec.Outputs;

    /// <summary>The test-time augmentation its predictions average over, or <see langword="null"/> for plain predictions.</summary>
    public TestTimeAugmentation? TestTime { get; }

    /// <summary>Loss and accuracy per epoch (and validation ones when the learner held rows out).</summary>
    public TrainingCurve TrainingCurve => _core.Curve;

    /// <summary>The <see cref="TrainingCurve"/> as one line per epoch, for run records.</summary>
    public IReadOnlyList<string> TrainingLog => _core.Curve.ToLines();

    /// <summary>
    /// The same trained network predicting with another test-time augmentation (<see langword="null"/>: none), without
    /// refitting: to measure what the augmentation gains on the same fitted weights.
    /// </summary>
    public CnnClassifierModel WithTestTime(TestTimeAugmentation? testTime) => new(_spec, _core, testTime);

    public void PredictProbabilities(Matrix x, Matrix destination)
    {
        if (TestTime is null)
        {
            _core.PredictProbabilities(x, ClassCount, destination);
            return;
        }
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(destination);
        Guard.PredictionSet(x, FeatureCount);
        if (destination.RowCount != x.RowCount || destination.ColumnCount != ClassCount)
            throw new ArgumentException($"destination is {destination.RowCount}×{destination.ColumnCount} but must be {x.RowCount}×{ClassCount}.", nameof(destination));
        // The image scaling is one factor with no shift, so warping the scaled pixels equals scaling the warped ones.
        var scaled = _core.Scaler.Apply(x);
        var views = TestTime.Views;
        var view = new Matrix(x.RowCount, ClassCount);
        destination.Values.Clear();
        foreach (var transform in views)
        {
            var input = transform == ImageTransform.Identity ? scaled : TestTimeAugmentation.Warp(scaled, transform, _spec.Channels, _spec.Height, _spec.Width);
            NetworkFitting.Softmax(_core.ScaledOutputs(input), ClassCount, view);
            for (var k = 0; k < view.Values.Length; k++) destination.Values[k] += view.Values[k];
        }
        for (var k = 0; k < destination.Values.Length; k++) destination.Values[k] /= views.Count;
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, 2);
        _spec.Write(writer);
        writer.Write(TestTime is not null);
        if (TestTime is not null)
        {
            writer.Write(TestTime.Shift);
            writer.Write(TestTime.RotationDegrees);
            writer.Write(TestTime.Zoom);
        }
        _core.Write(writer);
    }

    public static CnnClassifierModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, 2, out var version);
        var spec = CnnSpec.Read(reader);
        // Version 1 had no test-time augmentation.
        var testTime = version >= 2 && reader.ReadBoolean() ? new TestTimeAugmentation(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble()) : null;
        var shape = new Shape(spec.Channels, spec.Height, spec.Width);
        return new CnnClassifierModel(spec, NetworkCore.Read(reader, spec.Build(0), shape), testTime);
    }
}
