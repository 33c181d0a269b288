using System.Globalization;
using System.Runtime.InteropServices;
using Kaggle.Api.FakeServer;

// Standalone fake Kaggle for end-to-end runs of the Download and Submit stages:
//   dotnet run -c Release --project tests/Kaggle.Api.FakeServer -- --port 5010 --competition titanic --data /work/shared/data/titanic
// then, in another shell:
//   KAGGLE_API_ENDPOINT=http://127.0.0.1:5010 KAGGLE_USERNAME=demo KAGGLE_KEY=fake-key-5f1c0e7d9a dotnet cake --target=Submit --competition=titanic

var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length && !args[p.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[p.i + 1] : "true");
string Option(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;

var slug = Option("competition", "titanic");
var data = Option("data", Path.Combine("/work/shared/data", slug));
if (!Directory.Exists(data))
{
    Console.Error.WriteLine($"--data {data} is not a folder; give the folder whose files the competition serves.");
    return 2;
}

await using var server = await FakeKaggleServer.StartAsync(
    int.Parse(Option("port", "5010"), CultureInfo.InvariantCulture), int.Parse(Option("storage-port", "0"), CultureInfo.InvariantCulture));
server.NextScore = Option("score", "0.77511");
server.ScoringViews = int.Parse(Option("scoring-views", "1"), CultureInfo.InvariantCulture);
var competition = server.Add(new FakeCompetition(slug, Option("title", slug)));
competition.MaxDailySubmissions = int.Parse(Option("daily", "10"), CultureInfo.InvariantCulture);
foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
    competition.Files[Path.GetRelativePath(data, file).Replace('\\', '/')] = File.ReadAllBytes(file);

Console.WriteLine($"Fake Kaggle API on {server.ApiAddress} (storage on {server.StorageAddress}), serving '{slug}' "
    + $"({competition.Files.Count} files from {data}).");
Console.WriteLine($"  export KAGGLE_API_ENDPOINT={server.ApiAddress.ToString().TrimEnd('/')}");
Console.WriteLine($"  export KAGGLE_USERNAME={FakeKaggleServer.UserName} KAGGLE_KEY={FakeKaggleServer.Key}   # or KAGGLE_API_TOKEN={FakeKaggleServer.Token}");
Console.WriteLine("Press Ctrl+C to stop.");

using var stop = new CancellationTokenSource();
// Cancel the signal's default action and stop from the thread pool: stopping inline (as ProcessExit handlers do) deadlocks.
void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    ThreadPool.QueueUserWorkItem(_ => stop.Cancel());
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}
return 0;
