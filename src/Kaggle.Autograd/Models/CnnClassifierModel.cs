using Kaggle.Autograd.Training;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models;

/// <summary>A fitted <see cref="CnnClassifier"/>: softmax probabilities over classes 0..K−1.</summary>
public sealed class CnnClassifierModel : IClassificationModel, IPersistable<CnnClassifierModel>, ITrainingLog
{
    private const string Tag = "CnnClassifier";
    private readonly CnnSpec _spec;
    private readonly NetworkCore _core;

    internal CnnClassifierModel(CnnSpec spec, NetworkCore core)
    {
        _spec = spec;
        _core = core;
    }

    public int FeatureCount => _core.FeatureCount;

    public int ClassCount => _spec.Outputs;

    /// <summary>Loss and accuracy per epoch (and validation ones when the learner held rows out).</summary>
    public TrainingCurve TrainingCurve => _core.Curve;

    /// <summary>The <see cref="TrainingCurve"/> as one line per epoch, for run records.</summary>
    public IReadOnlyList<string> TrainingLog => _core.Curve.ToLines();

    public void PredictProbabilities(Matrix x, Matrix destination) => _core.PredictProbabilities(x, ClassCount, destination);

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, 1);
        _spec.Write(writer);
        _core.Write(writer);
    }

    public static CnnClassifierModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, 1, out _);
        var spec = CnnSpec.Read(reader);
        var shape = new Shape(spec.Channels, spec.Height, spec.Width);
        return new CnnClassifierModel(spec, NetworkCore.Read(reader, spec.Build(0), shape));
    }
}
