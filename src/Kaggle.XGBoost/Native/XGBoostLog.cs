using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kaggle.XGBoost.Native;

/// <summary>
/// Receives XGBoost's log messages. XGBoost keeps one log callback per thread (<c>XGBRegisterLogCallback</c> stores it
/// thread-locally), so each training thread registers before it trains. While a thread captures, its messages are
/// collected so training can turn the "Parameters: { ... } are not used" warning into an exception; otherwise they
/// go to standard error, as XGBoost's default logger would write them.
/// </summary>
internal static unsafe class XGBoostLog
{
    [ThreadStatic]
    private static List<string>? s_captured;

    [ThreadStatic]
    private static bool s_registered;

    /// <summary>Starts collecting this thread's XGBoost messages (replacing an earlier collection).</summary>
    public static void BeginCapture()
    {
        if (!s_registered)
        {
            XGBoostNative.Check(XGBoostNative.XGBRegisterLogCallback(&OnMessage));
            s_registered = true;
        }
        s_captured = [];
    }

    /// <summary>Stops collecting and returns what was logged on this thread since <see cref="BeginCapture"/>.</summary>
    public static List<string> EndCapture()
    {
        var captured = s_captured ?? [];
        s_captured = null;
        return captured;
    }

    /// <summary>The messages logged on this thread so far in the current capture (empty when not capturing).</summary>
    public static IReadOnlyList<string> Captured => s_captured ?? [];

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMessage(byte* message)
    {
        // An exception must never cross back into native code: it would terminate the process.
        try
        {
            var text = Marshal.PtrToStringUTF8((nint)message) ?? "";
            if (s_captured is { } captured)
                captured.Add(text);
            else
                Console.Error.WriteLine(text);
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
