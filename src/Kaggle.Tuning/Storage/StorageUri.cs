using System.Text.RegularExpressions;

namespace Kaggle.Tuning.Storage;

/// <summary>
/// Opens a study storage from a <c>--storage</c> value: empty for the default SQLite file, <c>sqlite:&lt;path&gt;</c> or a
/// path for another SQLite file, <c>postgres://user:password@host:port/database</c> (or <c>postgresql://</c>) for a
/// PostgreSQL server. <see cref="Redact"/> is applied to every message that shows a URI, so passwords are never printed.
/// </summary>
public static partial class StorageUri
{
    public static IStudyStorage Open(string? storage, string defaultSqlitePath)
    {
        if (string.IsNullOrWhiteSpace(storage)) return new SqliteStudyStorage(defaultSqlitePath);
        if (storage.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || storage.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(storage, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
                throw new TuningStorageException($"--storage={Redact(storage)} is not a valid URI; expected postgres://user:password@host:port/database.");
            return new PostgresStudyStorage(uri);
        }
        if (storage.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            // sqlite:///abs/path.db (URI form) and sqlite:relative/path.db both work.
            var path = storage["sqlite:".Length..];
            return new SqliteStudyStorage(path.StartsWith("//", StringComparison.Ordinal) ? path[2..] : path);
        }
        if (storage.Contains("://", StringComparison.Ordinal))
            throw new TuningStorageException($"--storage={Redact(storage)}: unknown scheme; use postgres://…, sqlite:<path> or a file path.");
        return new SqliteStudyStorage(storage);
    }

    /// <summary><paramref name="text"/> with the password of every <c>scheme://user:password@</c> replaced by <c>***</c>.</summary>
    public static string Redact(string text) => text is null ? "" : Password().Replace(text, "$1***@");

    [GeneratedRegex(@"([a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*:)[^@\s]*@")]
    private static partial Regex Password();
}
