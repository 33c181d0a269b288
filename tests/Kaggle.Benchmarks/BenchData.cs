using System.Diagnostics;
using System.Runtime.InteropServices;
using Kaggle.Core.Data;

namespace Kaggle.Benchmarks;

/// <summary>
/// Loads a split of the anchors' Higgs-like data set (gen_data.py) for the learner verbs. A <c>.csv</c> (or
/// <c>.csv.gz</c>) path is parsed with our <see cref="CsvReader"/>, the target column taken by name; a <c>.f32</c> path
/// reads the raw float32 copy gen_data.py writes beside the CSV (identical values; labels in the <c>.lbl</c> beside it,
/// target last), which skips parsing when only the learner is of interest. Either way the load time is returned
/// separately so that no verb counts it as training.
/// </summary>
internal static class BenchData
{
    public sealed record Split(Matrix X, double[] Y, double ParseSeconds, string Source);

    /// <summary>The first <paramref name="rows"/> rows (all when ≤ 0) and first <paramref name="columns"/> features (all when ≤ 0).</summary>
    public static Split Load(string path, string target, int rows = 0, int columns = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var clock = Stopwatch.StartNew();
        var (x, y) = path.EndsWith(".f32", StringComparison.OrdinalIgnoreCase) ? ReadRaw(path, target) : ReadCsv(path, target);
        if (rows > 0 && rows < x.RowCount)
        {
            x = x.Rows([.. Enumerable.Range(0, rows)]);
            y = y[..rows];
        }
        if (columns > 0 && columns < x.ColumnCount)
            x = x.Columns([.. Enumerable.Range(0, columns)]);
        return new Split(x, y, clock.Elapsed.TotalSeconds, path);
    }

    private static (Matrix X, double[] Y) ReadCsv(string path, string target)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} does not exist (run /usr/bin/python3 ../shared/anchors/gen_data.py).", path);
        var frame = CsvReader.Read(path);
        if (!frame.Contains(target))
            throw new ArgumentException($"{path} has no target column '{target}' (columns: {string.Join(',', frame.Names)}).");
        // Return the parser's blocks to the OS before the row-major copy, so the peak RSS is the parse's, not parse + copy.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var y = frame.Numeric(target).ToArray();
        var x = frame.Without(target).ToMatrix();
        frame = null!;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return (x, y);
    }

    private static (Matrix X, double[] Y) ReadRaw(string path, string target)
    {
        var labelPath = Path.ChangeExtension(path, ".lbl");
        if (!File.Exists(path) || !File.Exists(labelPath))
            throw new FileNotFoundException($"Expected the float32 copy {path} and labels {labelPath} (written by gen_data.py).", path);
        var features = FeatureCount(Path.ChangeExtension(path, ".csv"), target);
        var labels = File.ReadAllBytes(labelPath);
        var raw = File.ReadAllBytes(path);
        if (raw.Length != (long)labels.Length * features * sizeof(float))
            throw new InvalidDataException($"{path} holds {raw.Length} bytes, not {labels.Length} rows × {features} float32.");
        var floats = MemoryMarshal.Cast<byte, float>(raw);
        var values = new double[floats.Length];
        for (var k = 0; k < values.Length; k++) values[k] = floats[k];
        return (new Matrix(labels.Length, features, values), [.. labels.Select(b => (double)b)]);
    }

    private static int FeatureCount(string csv, string target)
    {
        if (!File.Exists(csv)) return 28;
        using var reader = new StreamReader(csv);
        var header = (reader.ReadLine() ?? "").Split(',');
        if (header.Length < 2 || header[^1] != target)
            throw new ArgumentException($"{csv} must end with the target column '{target}' (header: {string.Join(',', header)}).");
        return header.Length - 1;
    }
}
