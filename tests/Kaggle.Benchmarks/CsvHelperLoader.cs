using Kaggle.Core.Data;
using Helper = CsvHelper;

namespace Kaggle.Benchmarks;

/// <summary>
/// The house alternative to our parser: CsvHelper 34 (SIMD scanning, span-based number parsing) loading a numeric CSV into a
/// <see cref="Frame"/>. Benchmark only: it handles numeric columns (empty and "NA" are NaN) and throws on anything else, which
/// is all the Higgs file needs; it shows what the library costs on the path where our reader is fastest.
/// </summary>
internal static class CsvHelperLoader
{
    private static Helper.CsvReaderOptions Options => new() { Separator = ',', NullValues = ["NA"] };

    /// <summary>One thread: every field parsed straight into its column array.</summary>
    public static Frame Load(string path)
    {
        using var reader = Helper.CsvReader.FromFile(path, Options);
        var header = reader.Headers.ToArray();
        var columns = header.Select(_ => new List<double>(1 << 16)).ToArray();
        while (reader.Read())
        {
            for (var j = 0; j < columns.Length; j++)
                columns[j].Add(reader.IsNull(j) ? double.NaN : reader.Parse<double>(j));
        }
        return new Frame(header.Select((name, j) => (Column)new NumericColumn(name, [.. columns[j]])));
    }

    /// <summary>CsvHelper's own parallel enumeration (one row array per record, in input order), then scattered into columns.</summary>
    public static Frame LoadParallel(string path)
    {
        using var reader = Helper.CsvReader.FromFile(path, Options);
        var header = reader.Headers.ToArray();
        var width = header.Length;
        var columns = header.Select(_ => new List<double>(1 << 16)).ToArray();
        var rows = reader.ParallelEnumerate(r =>
        {
            var row = new double[width];
            for (var j = 0; j < width; j++) row[j] = r.IsNull(j) ? double.NaN : r.Parse<double>(j);
            return row;
        }, -1);
        foreach (var row in rows)
        {
            for (var j = 0; j < width; j++) columns[j].Add(row[j]);
        }
        return new Frame(header.Select((name, j) => (Column)new NumericColumn(name, [.. columns[j]])));
    }
}
