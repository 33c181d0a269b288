using System.Text;
using System.Text.Json;

namespace Kaggle.LightGbm.Native;

/// <summary>
/// LightGBM's parameter names and their aliases, read once from the library (<c>LGBM_DumpParamAliases</c>), so a typo
/// in an extra parameter fails the fit instead of being warned about and ignored, and an alias of a parameter a typed
/// property sets (<c>eta</c> for <c>learning_rate</c>) is recognized.
/// </summary>
internal static unsafe class ParameterNames
{
    private static readonly Lazy<Dictionary<string, string>> s_canonical = new(Read);

    /// <summary>The canonical name of <paramref name="name"/> (itself or the parameter it is an alias of), or null when LightGBM does not know it.</summary>
    public static string? Canonical(string name) => s_canonical.Value.TryGetValue(name, out var canonical) ? canonical : null;

    private static Dictionary<string, string> Read()
    {
        LightGbmNative.Check(LightGbmNative.LGBM_DumpParamAliases(0, out var length, null));
        var buffer = new byte[checked((int)length)];
        fixed (byte* p = buffer)
            LightGbmNative.Check(LightGbmNative.LGBM_DumpParamAliases(buffer.Length, out length, p));
        var text = Encoding.UTF8.GetString(buffer, 0, Math.Max(0, (int)length - 1));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(text);
        foreach (var parameter in document.RootElement.EnumerateObject())
        {
            names[parameter.Name] = parameter.Name;
            foreach (var alias in parameter.Value.EnumerateArray())
                if (alias.GetString() is { } a) names.TryAdd(a, parameter.Name);
        }
        return names;
    }
}
