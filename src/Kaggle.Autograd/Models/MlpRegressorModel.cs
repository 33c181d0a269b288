using Kaggle.Autograd.Training;
using Kaggle.Core.Data;
using Kaggle.Core.Models;

namespace Kaggle.Autograd.Models;

/// <summary>A fitted <see cref="MlpRegressor"/>; predictions are in the target's original units.</summary>
public sealed class MlpRegressorModel : IRegressionModel, IPersistable<MlpRegressorModel>, ITrainingLog
{
    private const string Tag = "MlpRegressor";
    private readonly MlpSpec _spec;
    private readonly NetworkCore _core;
    private readonly double _targetMean;
    private readonly double _targetScale;

    internal MlpRegressorModel(MlpSpec spec, NetworkCore core, double targetMean, double targetScale)
    {
        _spec = spec;
        _core = core;
        _targetMean = targetMean;
        _targetScale = targetScale;
    }

    public int FeatureCount => _core.FeatureCount;

    /// <summary>Loss and RMSE per epoch, on the standardised target.</summary>
    public TrainingCurve TrainingCurve => _core.Curve;

    /// <summary>The <see cref="TrainingCurve"/> as one line per epoch, for run records.</summary>
    public IReadOnlyList<string> TrainingLog => _core.Curve.ToLines();

    public void Predict(Matrix x, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(x);
        Guard.PredictionSet(x, FeatureCount);
        Guard.Destination(destination.Length, x.RowCount);
        var outputs = _core.Outputs(x);
        for (var i = 0; i < destination.Length; i++) destination[i] = (outputs[i] * _targetScale) + _targetMean;
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, 1);
        _spec.Write(writer);
        writer.Write(_targetMean);
        writer.Write(_targetScale);
        _core.Write(writer);
    }

    public static MlpRegressorModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, 1, out _);
        var spec = MlpSpec.Read(reader);
        var (mean, scale) = (reader.ReadDouble(), reader.ReadDouble());
        return new MlpRegressorModel(spec, NetworkCore.Read(reader, spec.Build(0), new Shape(spec.Inputs)), mean, scale);
    }
}
