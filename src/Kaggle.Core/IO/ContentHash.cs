using System.Security.Cryptography;
using System.Text;

namespace Kaggle.Core.IO;

/// <summary>SHA-256 content hashes (lower-case hex) used to record data files and to skip unchanged stages.</summary>
public static class ContentHash
{
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string OfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>One hash over several named hashes, order-independent (the names are sorted first).</summary>
    public static string Combine(IEnumerable<KeyValuePair<string, string>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var builder = new StringBuilder();
        foreach (var (name, hash) in parts.OrderBy(p => p.Key, StringComparer.Ordinal))
            builder.Append(name).Append('=').Append(hash).Append('\n');
        return OfText(builder.ToString());
    }
}
