using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kaggle.Native;

/// <summary>
/// Keeps OpenMP threads (LightGBM's, in our binding or inside ML.NET) from spinning. libgomp's default wait policy lets
/// idle threads busy-wait between parallel regions; on a machine whose cores are shared (two cores, several processes)
/// the spinning threads steal the cores the working ones need: 2-thread training ran 6.6× slower than with
/// <c>OMP_WAIT_POLICY=PASSIVE</c>, and the ML.NET LightGBM conformance case took 45 s instead of 0.5 s. libgomp reads
/// the variable once, when it is loaded, from the C environment; .NET's
/// <see cref="Environment.SetEnvironmentVariable(string, string?)"/> changes only the managed copy on Unix, so the value
/// is written with libc's <c>setenv</c>. Shared source (src/Shared, linked into every assembly that loads a library
/// built with libgomp): its module initializer runs when that assembly loads, before its native code can start libgomp.
/// A value the user set is never replaced.
/// </summary>
internal static partial class OpenMpEnvironment
{
    internal const string Variable = "OMP_WAIT_POLICY";

    internal const string Passive = "PASSIVE";

    private static int s_applied;

#pragma warning disable CA2255 // A library module initializer, on purpose: it must run before any native library starts libgomp.
    [ModuleInitializer]
    internal static void OnAssemblyLoad() => Apply();
#pragma warning restore CA2255

    /// <summary>Sets <c>OMP_WAIT_POLICY=PASSIVE</c> in the process environment unless it is already set; runs once.</summary>
    public static void Apply()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref s_applied, 1) != 0)
            return;
        var current = Marshal.PtrToStringUTF8(getenv(Variable));
        if (ValueToSet(current) is not { } value)
            return;
        if (setenv(Variable, value, overwrite: 0) == 0)
            Environment.SetEnvironmentVariable(Variable, value);
    }

    /// <summary>The value to write given the current one: PASSIVE when unset or empty, nothing when the user chose one.</summary>
    internal static string? ValueToSet(string? current) => string.IsNullOrEmpty(current) ? Passive : null;

    /// <summary>The variable as libgomp will read it (the C environment, not .NET's copy).</summary>
    internal static string? NativeValue() => OperatingSystem.IsLinux() ? Marshal.PtrToStringUTF8(getenv(Variable)) : Environment.GetEnvironmentVariable(Variable);

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint getenv(string name);

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
