using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Svm;

/// <summary>Saving and loading of <see cref="SupportVectorClassificationModel"/>.</summary>
public sealed partial class SupportVectorClassificationModel
{
    private const string Tag = "SupportVectorClassificationModel";
    private const int Version = 1;

    public void Save(Stream stream)
    {
        using var writer = ModelFormat.Writer(stream, Tag, Version);
        writer.Write(ClassCount);
        SvmFormat.WriteKernel(writer, _kernel);
        writer.Write(_support.ColumnCount);
        writer.WriteArray(_support.Values);
        writer.WriteArray(_supportClasses);
        writer.Write(HasPlattScaling);
        writer.Write(_threads);
        writer.Write(_pairs.Length);
        foreach (var pair in _pairs)
        {
            writer.Write(pair.First);
            writer.Write(pair.Second);
            SvmFormat.WriteMachine(writer, pair.Machine);
            writer.Write(pair.SigmoidA);
            writer.Write(pair.SigmoidB);
        }
    }

    public static SupportVectorClassificationModel Load(Stream stream)
    {
        using var reader = ModelFormat.Reader(stream, Tag, Version, out _);
        try
        {
            var classCount = reader.ReadInt32();
            var kernel = SvmFormat.ReadKernel(reader);
            var columns = reader.ReadInt32();
            var values = reader.ReadDoubleArray();
            var support = new Matrix(columns == 0 ? 0 : values.Length / columns, columns, values);
            var classes = reader.ReadInt32Array();
            var platt = reader.ReadBoolean();
            var threads = reader.ReadInt32();
            var pairs = new SvmPair[reader.ReadInt32()];
            for (var p = 0; p < pairs.Length; p++)
                pairs[p] = new SvmPair(reader.ReadInt32(), reader.ReadInt32(), SvmFormat.ReadMachine(reader), reader.ReadDouble(), reader.ReadDouble());
            return new SupportVectorClassificationModel(support, classes, classCount, kernel, pairs, platt, threads);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"The {Tag} stream is truncated or inconsistent: {e.Message}", e);
        }
    }
}
