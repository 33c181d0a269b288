using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Kaggle.Native;

/// <summary>
/// How a binding finds its native library: a resolver installed once for the binding's assembly that answers the
/// <c>[LibraryImport]</c> name with the first candidate file that loads, tried once per process. The candidates and
/// the message for when none loads are the binding's (each library has its own package layout and install advice);
/// the loading, the locking and the collection of every failure are the same for all, so they live here. Shared source
/// (src/Shared), linked into each binding.
/// </summary>
internal sealed class NativeLibraryBinding
{
    private readonly Assembly _assembly;
    private readonly string _importName;
    private readonly Lazy<(nint Handle, string Name, string? Error)> _library;
    private int _registered;

    /// <param name="assembly">The binding's assembly, whose imports the resolver answers.</param>
    /// <param name="importName">The library name the binding's imports use.</param>
    /// <param name="load">Loads the library (usually through <see cref="LoadFirst"/>); runs at most once.</param>
    public NativeLibraryBinding(Assembly assembly, string importName, Func<(nint Handle, string Name, string? Error)> load)
    {
        _assembly = assembly;
        _importName = importName;
        _library = new(load);
    }

    /// <summary>Installs the resolver for the assembly once; safe to call from any thread, any number of times.</summary>
    public void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            NativeLibrary.SetDllImportResolver(_assembly, Resolve);
    }

    /// <summary>The loaded library's handle, or 0 with <paramref name="error"/> saying what was searched.</summary>
    public nint TryLoad(out string name, out string? error)
    {
        Register();
        var library = _library.Value;
        name = library.Name;
        error = library.Error;
        return library.Handle;
    }

    private nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == _importName ? _library.Value.Handle : 0;   // 0: let the runtime fail in its own way

    /// <summary>
    /// Loads the first of <paramref name="candidates"/> that loads; otherwise returns 0 and the message
    /// <paramref name="explain"/> makes of the failures (one indented line per candidate tried).
    /// </summary>
    public static (nint Handle, string Name, string? Error) LoadFirst(Assembly assembly, IReadOnlyList<string> candidates, Func<string, string> explain)
    {
        var failures = new StringBuilder();
        foreach (var name in candidates)
        {
            try
            {
                return (NativeLibrary.Load(name, assembly, searchPath: null), name, null);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                failures.Append("  ").Append(name).Append(": ").AppendLine(e.Message.ReplaceLineEndings(" "));
            }
        }
        return (0, "", explain(failures.ToString()));
    }
}
