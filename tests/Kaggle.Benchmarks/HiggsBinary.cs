using Kaggle.Core.Data;

namespace Kaggle.Benchmarks;

/// <summary>
/// Reads the raw copies of the anchor data set written by /work/shared/anchors/gen_data.py: <c>name.f32</c>
/// (row-major float32, <c>features</c> per row) and <c>name.lbl</c> (one byte label per row). Identical values to the
/// CSV files; used until a CSV reader is on main, so benchmarks time the learner and not the parsing.
/// </summary>
internal static class HiggsBinary
{
    public static (Matrix X, double[] Y) Read(string f32Path, int features)
    {
        var raw = File.ReadAllBytes(f32Path);
        if (raw.Length % (4 * features) != 0)
            throw new InvalidDataException($"{f32Path} holds {raw.Length} bytes, not a whole number of {features}-float rows.");
        var floats = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(raw);
        var values = new double[floats.Length];
        for (var k = 0; k < values.Length; k++) values[k] = floats[k];
        var rows = values.Length / features;
        var labelPath = Path.ChangeExtension(f32Path, ".lbl");
        var labels = File.ReadAllBytes(labelPath);
        if (labels.Length != rows)
            throw new InvalidDataException($"{labelPath} holds {labels.Length} labels but {f32Path} holds {rows} rows.");
        return (new Matrix(rows, features, values), [.. labels.Select(b => (double)b)]);
    }
}
