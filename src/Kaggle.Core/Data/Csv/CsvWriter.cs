using System.Globalization;
using System.Text;
using Kaggle.Core.IO;

namespace Kaggle.Core.Data;

/// <summary>
/// Writes a <see cref="Frame"/> as CSV that <see cref="CsvReader"/> reads back to the same values: UTF-8 without BOM, LF line
/// ends, a header row, missing values as empty fields, numbers in shortest round-trip form ("R", invariant culture), timestamps
/// as ISO-8601 UTC. A field is quoted (inner quotes doubled) when it contains the delimiter, a quote, CR or LF, and also when it
/// is the empty string or "NA", so that it is not read back as missing.
/// </summary>
public static class CsvWriter
{
    /// <summary>Writes to <paramref name="path"/> atomically: a temporary file in the same folder, renamed when complete.</summary>
    public static void Write(Frame frame, string path, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        CheckDelimiter(delimiter);
        AtomicFile.Write(path, stream => Write(frame, stream, delimiter));
    }

    /// <summary>Writes to <paramref name="stream"/> (left open).</summary>
    public static void Write(Frame frame, Stream stream, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(stream);
        CheckDelimiter(delimiter);
        var output = new CsvOutput(stream, (byte)delimiter);
        for (var j = 0; j < frame.ColumnCount; j++)
        {
            if (j > 0) output.Byte((byte)delimiter);
            output.Text(frame[j].Name);
        }
        output.Byte((byte)'\n');

        // Categorical levels are encoded (and quoted) once, not once per row.
        var levels = frame.Columns.Select(c => c is CategoricalColumn cat ? cat.Categories.Select(output.Encode).ToArray() : null).ToArray();
        for (var i = 0; i < frame.RowCount; i++)
        {
            for (var j = 0; j < frame.ColumnCount; j++)
            {
                if (j > 0) output.Byte((byte)delimiter);
                switch (frame[j])
                {
                    case NumericColumn numeric:
                        output.Number(numeric[i]);
                        break;
                    case CategoricalColumn categorical:
                        var code = categorical.Codes[i];
                        if (code >= 0) output.Bytes(levels[j]![code]);
                        break;
                    case var column:
                        if (column.Format(i) is { } text) output.Text(text);
                        break;
                }
            }
            output.Byte((byte)'\n');
        }
        output.Flush();
    }

    private static void CheckDelimiter(char delimiter)
    {
        if (delimiter > 127 || delimiter is '"' or '\r' or '\n')
            throw new ArgumentException($"The delimiter must be an ASCII character other than a quote, CR or LF, but is U+{(int)delimiter:X4}.", nameof(delimiter));
    }

    /// <summary>A buffered UTF-8 output with CSV quoting.</summary>
    private sealed class CsvOutput(Stream stream, byte delimiter)
    {
        private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _length;

        public void Byte(byte value)
        {
            if (_length == _buffer.Length) Flush();
            _buffer[_length++] = value;
        }

        public void Bytes(ReadOnlySpan<byte> value)
        {
            if (_length + value.Length > _buffer.Length) Flush();
            if (value.Length > _buffer.Length)
            {
                stream.Write(value);
                return;
            }
            value.CopyTo(_buffer.AsSpan(_length));
            _length += value.Length;
        }

        public void Number(double value)
        {
            if (double.IsNaN(value)) return;
            if (_length + 32 > _buffer.Length) Flush();
            value.TryFormat(_buffer.AsSpan(_length), out var written, "R", CultureInfo.InvariantCulture);
            _length += written;
        }

        public void Text(string value) => Bytes(Encode(value));

        /// <summary>The field as UTF-8, quoted when needed.</summary>
        public byte[] Encode(string value)
        {
            var needsQuotes = value.Length == 0 || value == "NA" || value.AsSpan().IndexOfAny((char)delimiter, '"', '\r') >= 0 || value.Contains('\n', StringComparison.Ordinal);
            if (!needsQuotes) return s_utf8.GetBytes(value);
            return s_utf8.GetBytes(string.Concat("\"", value.Replace("\"", "\"\"", StringComparison.Ordinal), "\""));
        }

        public void Flush()
        {
            stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }
}
