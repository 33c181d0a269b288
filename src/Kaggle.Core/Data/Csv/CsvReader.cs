using System.Runtime.ExceptionServices;
using System.Text;

namespace Kaggle.Core.Data;

/// <summary>
/// Reads a CSV file (RFC 4180: quoted fields with doubled quotes, delimiters and newlines inside quotes; CRLF or LF; an optional
/// UTF-8 BOM; gzip-compressed input recognized by its magic bytes and checked against its CRC-32 and length trailer) into a typed <see cref="Frame"/>. The first row is the header.
/// Kinds are inferred or forced as <see cref="CsvReadOptions"/> describes; a file that breaks the format, or a value that does not
/// fit a forced kind, throws <see cref="CsvFormatException"/> naming the file, line and column.
/// </summary>
/// <remarks>
/// <para>A quote opens a quoted field only as its first character; elsewhere it is a literal (<c>5'10"</c>), as in pandas. After a
/// closing quote only a delimiter or a line end may follow. Blank lines are skipped when the file has several columns; in a
/// one-column file a blank line is a row with a missing value (that is how <see cref="CsvWriter"/> writes one).</para>
/// <para>The parser works on UTF-8 bytes: a SIMD scan finds the structural characters of blocks of rows (<see cref="CsvTokenizer"/>),
/// numbers are converted without allocating strings (<see cref="FastDoubleParser"/>), and blocks are processed in parallel, each
/// writing only its own rows, so the frame is the same for any thread count. The whole input is held in memory while reading
/// (about 1.3 times the uncompressed size on top of the frame), which lets a column fall back from numeric to categorical
/// without reading the file twice.</para>
/// </remarks>
public static class CsvReader
{
    /// <summary>Reads the file at <paramref name="path"/> (plain or gzip-compressed); errors name the file by its file name.</summary>
    public static Frame Read(string path, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path), options);
    }

    /// <summary>Reads CSV text from <paramref name="stream"/> (left open); <paramref name="sourceName"/> names it in error messages.</summary>
    public static Frame Read(Stream stream, string sourceName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= CsvReadOptions.Default;
        var encoding = Validate(options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };

        var source = CsvSource.Load(stream, sourceName, options, encoding);
        var selected = Select(source, options);
        var keepNa = new HashSet<string>(options.KeepNaAsValue, StringComparer.Ordinal);
        var missing = selected.Select(c => new CsvMissing(options.MissingTokens, encoding, keepNa.Contains(source.Header[c]))).ToArray();
        var kinds = selected.Select(c => options.Kinds.TryGetValue(source.Header[c], out var k) ? k : options.DefaultKind).ToArray();

        var numeric = Enumerable.Range(0, selected.Length).Where(t => kinds[t] is null or ColumnKind.Numeric).ToArray();
        var (values, failures, infinities) = CsvNumericParser.Parse(
            source, [.. numeric.Select(t => selected[t])], [.. numeric.Select(t => missing[t])], options.InfinityAsMissing, parallel);
        var columns = new Column?[selected.Length];
        for (var n = 0; n < numeric.Length; n++)
        {
            var t = numeric[n];
            if (failures[n] < 0 && infinities[n] >= 0)
            {
                // An infinity reaches no learner usefully, and every later check would report it without the file and line.
                var text = DescribeField(source, infinities[n], selected[t], encoding);
                throw source.ErrorAt(infinities[n], selected[t], $"expected a finite number but found {text}, which is infinite as a "
                    + $"double (beyond ±1.8e308); write it as a missing value (empty or NA), or set {nameof(CsvReadOptions)}."
                    + $"{nameof(CsvReadOptions.InfinityAsMissing)} to read every infinity as missing");
            }
            if (failures[n] < 0)
            {
                columns[t] = new NumericColumn(source.Header[selected[t]], values[n]);
            }
            else if (kinds[t] == ColumnKind.Numeric)
            {
                var text = DescribeField(source, failures[n], selected[t], encoding);
                throw source.ErrorAt(failures[n], selected[t], $"expected a number but found {text}");
            }
        }

        var rest = Enumerable.Range(0, selected.Length).Where(t => columns[t] is null).ToArray();
        var errors = new CsvFormatException?[rest.Length];
        Parallel.For(0, rest.Length, parallel, n =>
        {
            var t = rest[n];
            try
            {
                columns[t] = CsvStringColumn.Build(source, selected[t], kinds[t], missing[t], encoding, options);
            }
            catch (CsvFormatException error)
            {
                errors[n] = error;
            }
        });
        // Report the first bad column in output order, whichever worker finished first.
        if (errors.FirstOrDefault(e => e is not null) is { } first) ExceptionDispatchInfo.Throw(first);
        return new Frame(columns.Select(c => c!));
    }

    private static Encoding Validate(CsvReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.MissingTokens);
        ArgumentNullException.ThrowIfNull(options.KeepNaAsValue);
        ArgumentNullException.ThrowIfNull(options.Kinds);
        var d = options.Delimiter;
        if (d > 127 || d is '"' or '\r' or '\n')
            throw new ArgumentException($"The delimiter must be an ASCII character other than a quote, CR or LF, but is U+{(int)d:X4}.", nameof(options));
        if (options.TextDistinctFraction is < 0 or > 1 || double.IsNaN(options.TextDistinctFraction))
            throw new ArgumentException($"TextDistinctFraction must be in [0, 1] but is {options.TextDistinctFraction}.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.TextMinDistinct);
        if (options.MaxDegreeOfParallelism is < 1)
            throw new ArgumentException($"MaxDegreeOfParallelism must be at least 1 but is {options.MaxDegreeOfParallelism}.", nameof(options));
        if (options.Encoding is { } encoding && !encoding.IsSingleByte && encoding.CodePage != Encoding.UTF8.CodePage)
            throw new ArgumentException($"The encoding must be UTF-8 or a single-byte ASCII-compatible one, but is {encoding.WebName}.", nameof(options));
        return options.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    }

    /// <summary>File indices of the columns to read, in output order; every column the options name must be in the header.</summary>
    private static int[] Select(CsvSource source, CsvReadOptions options)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < source.Header.Length; j++) index[source.Header[j]] = j;
        void Require(string name, string option)
        {
            if (!index.ContainsKey(name))
                throw new CsvFormatException(source.Name, 1, 0, null,
                    $"expected a column named '{name}' (from {nameof(CsvReadOptions)}.{option}) but the header has {string.Join(", ", source.Header)}");
        }

        foreach (var name in options.Kinds.Keys) Require(name, nameof(options.Kinds));
        foreach (var name in options.KeepNaAsValue) Require(name, nameof(options.KeepNaAsValue));
        if (options.Columns is null) return [.. Enumerable.Range(0, source.Header.Length)];
        if (options.Columns.Count == 0)
            throw new ArgumentException("Columns must name at least one column, or be null to read them all.", nameof(options));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in options.Columns)
        {
            Require(name, nameof(options.Columns));
            if (!seen.Add(name)) throw new ArgumentException($"Columns names '{name}' twice.", nameof(options));
        }
        return [.. options.Columns.Select(n => index[n])];
    }

    private static string DescribeField(CsvSource source, int row, int column, Encoding encoding)
    {
        var block = source.Blocks.Last(b => b.FirstRow <= row);
        var r = row - block.FirstRow;
        var start = block.FieldStart(r, column, source.Header.Length);
        var bytes = block.Buffer.AsSpan(start, block.FieldEnd(r, column, source.Header.Length, start) - start);
        // Decode leniently: the message should show the value even when it is not valid text.
        var text = (encoding.CodePage == Encoding.UTF8.CodePage ? Encoding.UTF8 : encoding).GetString(bytes);
        return $"'{CsvStringColumn.Shorten(text)}'";
    }
}
