using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Kaggle.Core.Data;

namespace Kaggle.Benchmarks;

/// <summary>
/// CSV → Frame on a generated Higgs-shaped file (29 numeric columns, 9-digit decimals, about half negative), ours against
/// CsvHelper: <c>dotnet run -c Release --project tests/Kaggle.Benchmarks -- --filter *CsvLoad*</c>. The pandas comparison is
/// the <c>csv</c> verb. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
public class CsvLoadBench
{
    private string _path = "";

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"csvloadbench-{Rows}.csv");
        var random = new Random(42);
        var text = new StringBuilder(string.Join(',', Enumerable.Range(0, 28).Select(j => $"f{j}")) + ",label\n");
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < 28; j++)
                text.Append(((random.NextDouble() * 4) - 2).ToString("G9", CultureInfo.InvariantCulture)).Append(',');
            text.Append(random.Next(2)).Append('\n');
        }
        File.WriteAllText(_path, text.ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public Frame Ours() => CsvReader.Read(_path);

    [Benchmark]
    public Frame OursOneThread() => CsvReader.Read(_path, new CsvReadOptions { MaxDegreeOfParallelism = 1 });

    [Benchmark]
    public Frame CsvHelperSequential() => CsvHelperLoader.Load(_path);

    [Benchmark]
    public Frame CsvHelperParallel() => CsvHelperLoader.LoadParallel(_path);
}
