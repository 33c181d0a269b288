using System.Reflection;
using BenchmarkDotNet.Running;
using Kaggle.Benchmarks;

// Verbs (gbdt, xgboost, rf, logreg, csv, mlp-epoch, ...) are the classes implementing IBenchVerb in this assembly;
// anything else goes to BenchmarkDotNet (e.g. --filter *Histogram*).
var verbs = typeof(IBenchVerb).Assembly.GetTypes()
    .Where(t => typeof(IBenchVerb).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (IBenchVerb)Activator.CreateInstance(t)!)
    .ToDictionary(v => v.Name, StringComparer.Ordinal);

if (args.Length > 0 && verbs.TryGetValue(args[0], out var verb))
{
    var parsed = new BenchArgs(args[1..]);
    var code = verb.Run(parsed);
    foreach (var unused in parsed.Unused)
        Console.Error.WriteLine($"warning: --{unused} was given but {verb.Name} does not use it");
    return code;
}

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: Kaggle.Benchmarks <verb> [--flag value]...   or   Kaggle.Benchmarks --filter <BenchmarkDotNet pattern>");
    foreach (var v in verbs.Values.OrderBy(v => v.Name, StringComparer.Ordinal))
        Console.WriteLine($"  {v.Name,-12} {v.Description}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
return 0;
