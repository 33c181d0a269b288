namespace Kaggle.Core.Models.Svm;

/// <summary>The persisted pieces the support vector models share: the kernel and a binary machine.</summary>
internal static class SvmFormat
{
    public static void WriteKernel(BinaryWriter writer, KernelFunction kernel)
    {
        writer.Write((int)kernel.Kind);
        writer.Write(kernel.Gamma);
        writer.Write(kernel.Degree);
        writer.Write(kernel.Coef0);
    }

    public static KernelFunction ReadKernel(BinaryReader reader) =>
        new((SvmKernel)reader.ReadInt32(), reader.ReadDouble(), reader.ReadInt32(), reader.ReadDouble());

    public static void WriteMachine(BinaryWriter writer, BinarySvm machine)
    {
        writer.WriteArray(machine.Support);
        writer.WriteArray(machine.Coefficients);
        writer.Write(machine.Rho);
    }

    public static BinarySvm ReadMachine(BinaryReader reader)
    {
        var support = reader.ReadInt32Array();
        var coefficients = reader.ReadDoubleArray();
        if (support.Length != coefficients.Length)
            throw new InvalidDataException($"A machine has {support.Length} support vectors but {coefficients.Length} coefficients.");
        return new BinarySvm(support, coefficients, reader.ReadDouble());
    }
}
