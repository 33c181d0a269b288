using System.Diagnostics;
using System.Runtime.InteropServices;
using Kaggle.Core.Data;

namespace Kaggle.Benchmarks;

/// <summary>
/// Loads a split of the anchors' Higgs-like data set for the tree verbs. Until a fast CSV reader lands on main,
/// <c>--train/--test x.csv</c> is read from the raw float32 copy <c>x.f32</c> and labels <c>x.lbl</c> (uint8) that
/// <c>gen_data.py</c> writes beside the CSV with identical values; the CSV's header names the columns, and the
/// target must be its last column (as gen_data.py writes it). A path to the <c>.f32</c> itself works too.
/// </summary>
internal static class BenchData
{
    public sealed record Split(Matrix X, double[] Y, double ParseSeconds, string Source);

    /// <summary>The first <paramref name="rows"/> rows (all when ≤ 0) and first <paramref name="columns"/> features (all when ≤ 0).</summary>
    public static Split Load(string path, string target, int rows = 0, int columns = 0)
    {
        var clock = Stopwatch.StartNew();
        var stem = Path.ChangeExtension(path, null);
        var features = FeatureCount(stem, target);
        var rawPath = stem + ".f32";
        var labelPath = stem + ".lbl";
        if (!File.Exists(rawPath) || !File.Exists(labelPath))
            throw new FileNotFoundException($"Expected the float32 copy {rawPath} and labels {labelPath} beside {path} (written by gen_data.py).");
        var labels = File.ReadAllBytes(labelPath);
        var total = labels.Length;
        var n = rows > 0 ? Math.Min(rows, total) : total;
        var m = columns > 0 ? Math.Min(columns, features) : features;
        var values = new double[(long)n * m];
        using (var stream = File.OpenRead(rawPath))
        {
            if (stream.Length != (long)total * features * sizeof(float))
                throw new InvalidDataException($"{rawPath} holds {stream.Length} bytes, not {total} rows × {features} float32.");
            var buffer = new byte[features * sizeof(float) * 4096];
            for (var start = 0; start < n; start += 4096)
            {
                var count = Math.Min(4096, n - start);
                stream.ReadExactly(buffer, 0, count * features * sizeof(float));
                var floats = MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, count * features * sizeof(float)));
                for (var i = 0; i < count; i++)
                    for (var j = 0; j < m; j++)
                        values[((long)(start + i) * m) + j] = floats[(i * features) + j];
            }
        }
        var y = new double[n];
        for (var i = 0; i < n; i++) y[i] = labels[i];
        return new Split(new Matrix(n, m, values), y, clock.Elapsed.TotalSeconds, rawPath);
    }

    private static int FeatureCount(string stem, string target)
    {
        var csv = stem + ".csv";
        if (!File.Exists(csv)) return 28;
        using var reader = new StreamReader(csv);
        var header = (reader.ReadLine() ?? "").Split(',');
        if (header.Length < 2 || header[^1] != target)
            throw new ArgumentException($"{csv} must end with the target column '{target}' (header: {string.Join(',', header)}).");
        return header.Length - 1;
    }
}
