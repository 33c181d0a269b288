using System.Globalization;

namespace Kaggle.Benchmarks;

/// <summary>Parsed <c>--name value</c> flags (and bare <c>--switch</c>es) of a verb; unknown flags are reported.</summary>
internal sealed class BenchArgs
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public BenchArgs(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Expected a --flag but found '{arg}'.");
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
                _values[arg[2..eq]] = arg[(eq + 1)..];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                _values[arg[2..]] = args[++i];
            else
                _values[arg[2..]] = null;
        }
    }

    public string String(string name, string fallback) => Get(name) ?? fallback;

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => Get(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public bool Switch(string name)
    {
        _read.Add(name);
        return _values.ContainsKey(name);
    }

    /// <summary>Flags given on the command line that the verb never asked for (typos).</summary>
    public IEnumerable<string> Unused => _values.Keys.Where(k => !_read.Contains(k));

    private string? Get(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v : null;
    }
}
