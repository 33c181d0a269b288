using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Svm;

/// <summary>A fitted <see cref="SupportVectorRegressor"/>: f(x) = Σᵢ coefᵢ k(svᵢ, x) − ρ. Immutable; prediction is thread-safe.</summary>
public sealed class SupportVectorRegressionModel : IRegressionModel, IPersistable<SupportVectorRegressionModel>
{
    private const string Tag = "SupportVectorRegressionModel";
    private const int Version = 1;

    private readonly Matrix _support;
    private readonly KernelFunction _kernel;
    private readonly BinarySvm _machine;
    private readonly int _threads;

    internal SupportVectorRegressionModel(Matrix support, KernelFunction kernel, BinarySvm machine, int threads)
    {
        _support = support;
        _kernel = kernel;
        _machine = machine;
        _threads = threads;
    }

    public int FeatureCount => _support.ColumnCount;

    /// <summary>The number of support vectors (rows outside or on the ε-tube).</summary>
    public int SupportVectorCount => _support.RowCount;

    /// <summary>The bias term −ρ (scikit-learn's <c>intercept_</c>).</summary>
    public double Intercept => -_machine.Rho;

    public void Predict(Matrix x, Span<double> destination)
    {
        Guard.PredictionSet(x, FeatureCount);
        Guard.NoMissing(x);
        Guard.Destination(destination.Length, x.RowCount);
        _machine.Decisions(_support, x, _kernel, _threads).CopyTo(destination);
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        SvmFormat.WriteKernel(writer, _kernel);
        writer.Write(_support.ColumnCount);
        writer.WriteArray(_support.Values);
        SvmFormat.WriteMachine(writer, _machine);
        writer.Write(_threads);
    }

    public static SupportVectorRegressionModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var kernel = SvmFormat.ReadKernel(reader);
            var columns = reader.ReadInt32();
            var values = reader.ReadDoubleArray();
            var support = new Matrix(columns == 0 ? 0 : values.Length / columns, columns, values);
            return new SupportVectorRegressionModel(support, kernel, SvmFormat.ReadMachine(reader), reader.ReadInt32());
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
