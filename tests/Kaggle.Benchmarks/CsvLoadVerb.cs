using System.Diagnostics;
using System.Globalization;
using Kaggle.Core.Data;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>csv --file F [--repeats N] [--threads T] [--csvhelper] [--python /usr/bin/python3]</c>: loads a CSV into a Frame with our reader
/// and, interleaved in the same run, with pandas <c>read_csv</c> (a fresh python process per repeat, timing only the call), and
/// optionally with CsvHelper (sequential and parallel). Checks that pandas and ours see the same shape and the same sum of values.
/// Besides wall-clock seconds it reports CPU seconds (process CPU time during the load), which a busy shared machine distorts less.
/// </summary>
internal sealed class CsvLoadVerb : IBenchVerb
{
    private const string PandasScript =
        "import sys, time, pandas as pd\n" +
        "c = time.process_time(); t = time.perf_counter(); df = pd.read_csv(sys.argv[1])\n" +
        "e = time.perf_counter() - t; c = time.process_time() - c\n" +
        "num = df.select_dtypes('number')\n" +
        "print(repr(e), repr(c), df.shape[0], df.shape[1], repr(float(num.sum().sum())), pd.__version__)\n";

    public string Name => "csv";

    public string Description => "CSV → Frame: ours vs pandas read_csv (and CsvHelper with --csvhelper), interleaved repeats";

    public int Run(BenchArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var file = args.String("file", "/tmp/anchors_data/higgs_train.csv");
        var repeats = args.Int("repeats", 3);
        var threads = args.Int("threads", 0);
        var python = args.String("python", "/usr/bin/python3");
        var withCsvHelper = args.Switch("csvhelper");
        var options = new CsvReadOptions { MaxDegreeOfParallelism = threads > 0 ? threads : null };

        // Warm-up (JIT, page cache for everyone); not counted.
        var first = Time(() => CsvReader.Read(file, options), out var frame);
        var ourSum = NumericSum(frame);
        var (rows, columns) = (frame.RowCount, frame.ColumnCount);
        frame = null;

        var ours = new List<double>();
        var pandas = new List<double>();
        var helper = new List<double>();
        var helperParallel = new List<double>();
        var oursCpu = new List<double>();
        var pandasCpu = new List<double>();
        var helperCpu = new List<double>();
        var helperParallelCpu = new List<double>();
        string? pandasVersion = null;
        double pandasSum = double.NaN;
        for (var r = 0; r < repeats; r++)
        {
            ours.Add(Time(() => CsvReader.Read(file, options), out _, out var cpu));
            oursCpu.Add(cpu);
            var (seconds, pandasCpuSeconds, pandasRows, pandasColumns, sum, version) = RunPandas(python, file);
            pandasCpu.Add(pandasCpuSeconds);
            if (pandasRows != rows || pandasColumns != columns)
                throw new InvalidOperationException($"pandas read {pandasRows} x {pandasColumns} but we read {rows} x {columns}.");
            pandas.Add(seconds);
            (pandasSum, pandasVersion) = (sum, version);
            if (withCsvHelper)
            {
                helper.Add(Time(() => CsvHelperLoader.Load(file), out _, out cpu));
                helperCpu.Add(cpu);
                helperParallel.Add(Time(() => CsvHelperLoader.LoadParallel(file), out _, out cpu));
                helperParallelCpu.Add(cpu);
            }
        }

        var oursStats = BenchJson.Stats(ours);
        var pandasStats = BenchJson.Stats(pandas);
        var result = new Dictionary<string, object?>
        {
            ["verb"] = Name,
            ["file"] = file,
            ["rows"] = rows,
            ["columns"] = columns,
            ["threads"] = threads > 0 ? threads : Environment.ProcessorCount,
            ["ours_first_s"] = Math.Round(first, 3),
            ["ours_s"] = oursStats,
            ["pandas_s"] = pandasStats,
            ["pandas_version"] = pandasVersion,
            ["pandas_over_ours_median"] = Math.Round((double)pandasStats["median"]! / (double)oursStats["median"]!, 2),
            ["pandas_over_ours_min"] = Math.Round((double)pandasStats["min"]! / (double)oursStats["min"]!, 2),
            ["ours_cpu_s"] = BenchJson.Stats(oursCpu),
            ["pandas_cpu_s"] = BenchJson.Stats(pandasCpu),
            ["sum_relative_difference"] = Math.Abs(ourSum - pandasSum) / Math.Max(1, Math.Abs(pandasSum)),
        };
        if (withCsvHelper)
        {
            result["csvhelper_s"] = BenchJson.Stats(helper);
            result["csvhelper_parallel_s"] = BenchJson.Stats(helperParallel);
            result["csvhelper_cpu_s"] = BenchJson.Stats(helperCpu);
            result["csvhelper_parallel_cpu_s"] = BenchJson.Stats(helperParallelCpu);
        }
        BenchJson.Emit(result);
        return 0;
    }

    private static double Time(Func<Frame> load, out Frame frame) => Time(load, out frame, out _);

    /// <summary>Wall-clock seconds of one load, and in <paramref name="cpuSeconds"/> the CPU time the process spent meanwhile.</summary>
    private static double Time(Func<Frame> load, out Frame frame, out double cpuSeconds)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        frame = load();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        return wall;
    }

    private static double NumericSum(Frame frame)
    {
        var sum = 0.0;
        foreach (var column in frame.Columns.OfType<NumericColumn>())
            foreach (var value in column.Values)
                if (!double.IsNaN(value)) sum += value;
        return sum;
    }

    private static (double Seconds, double CpuSeconds, int Rows, int Columns, double Sum, string Version) RunPandas(string python, string file)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PandasScript);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pandas failed (exit {process.ExitCode}): {stderr.Result}");
        var parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture),
            double.Parse(parts[4], CultureInfo.InvariantCulture), parts[5]);
    }
}
