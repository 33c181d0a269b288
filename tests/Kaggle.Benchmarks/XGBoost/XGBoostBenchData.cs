using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Kaggle.Benchmarks.XGBoost;

/// <summary>
/// Loads a split of the anchors' Higgs-like data as float32, the type XGBoost trains on. <c>--train/--test x.csv</c>
/// is read from the raw copies <c>gen_data.py</c> writes beside the CSV with identical values: <c>x.f32</c>
/// (row-major float32, rows × features) and <c>x.lbl</c> (one uint8 label per row). The CSV's header gives the feature
/// count, and its last column must be the target. A path to the <c>.f32</c> itself works too (28 features assumed
/// without the CSV). The same bytes are what <c>bench_xgb.py</c> loads with <c>np.fromfile</c>.
/// </summary>
internal static class XGBoostBenchData
{
    public sealed record Split(float[] X, int RowCount, int ColumnCount, float[] Y, double LoadSeconds, string Source);

    public static Split Load(string path, string target)
    {
        var clock = Stopwatch.StartNew();
        var stem = Path.ChangeExtension(path, null);
        var features = FeatureCount(stem, target);
        var rawPath = stem + ".f32";
        var labelPath = stem + ".lbl";
        if (!File.Exists(rawPath) || !File.Exists(labelPath))
            throw new FileNotFoundException($"Expected the float32 copy {rawPath} and labels {labelPath} beside {path} (written by gen_data.py).");
        var labels = File.ReadAllBytes(labelPath);
        var x = new float[(long)labels.Length * features];
        using (var stream = File.OpenRead(rawPath))
        {
            if (stream.Length != (long)x.Length * sizeof(float))
                throw new InvalidDataException($"{rawPath} holds {stream.Length} bytes, not {labels.Length} rows × {features} float32.");
            stream.ReadExactly(MemoryMarshal.AsBytes(x.AsSpan()));
        }
        var y = new float[labels.Length];
        for (var i = 0; i < y.Length; i++) y[i] = labels[i];
        return new Split(x, labels.Length, features, y, clock.Elapsed.TotalSeconds, rawPath);
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
