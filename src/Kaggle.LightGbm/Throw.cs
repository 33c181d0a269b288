using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Kaggle.LightGbm;

/// <summary>Rare throws kept out of the callers so they stay small.</summary>
[StackTraceHidden]
internal static class Throw
{
    [DoesNotReturn]
    public static void LightGbm(string message) => throw new LightGbmException(message);

    [DoesNotReturn]
    public static void Argument(string message, string? paramName = null) => throw new ArgumentException(message, paramName);
}
