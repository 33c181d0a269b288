using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kaggle.Core.Data;

namespace Kaggle.Core.Tests.Data;

/// <summary>
/// Random damage to a CSV file (cuts, inserted quotes, bytes and NULs, CR/LF flips, BOMs, deleted bytes): the reader returns a
/// frame or throws a <see cref="CsvFormatException"/> that names the file and, for damage inside the data, a line. Never any
/// other exception. The gzip variant must also never return a frame that differs from the undamaged file's.
/// </summary>
public sealed class CsvReaderDamageProperties
{
    private const string Name = "train.csv";

    // FsCheck's xunit attribute needs xunit 4; its core runner works with any test framework.
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(1000);

    [Fact]
    public void Read_DamagedText_FrameOrPositionedCsvError() =>
        Prop.ForAll<int, byte[], int[]>(DamagedTextReadsOrFails).Check(s_config);

    [Fact]
    public void Read_DamagedGzip_SameFrameOrCsvError() =>
        Prop.ForAll<int, byte[], int[]>(DamagedGzipReadsTheSameOrFails).Check(s_config);

    private static void DamagedTextReadsOrFails(int seed, byte[] kinds, int[] positions)
    {
        var bytes = Damage(Original(seed), kinds, positions);
        var options = new CsvReadOptions { BlockSize = 64 << (Math.Abs(seed) % 6), MaxDegreeOfParallelism = 1 + (Math.Abs(seed) % 2) };

        var error = Record.Exception(() => CsvReader.Read(new MemoryStream(bytes), Name, options));

        AssertFrameOrCsvError(error);
    }

    private static void DamagedGzipReadsTheSameOrFails(int seed, byte[] kinds, int[] positions)
    {
        var original = Original(seed);
        var expected = CsvReader.Read(new MemoryStream(original), Name);
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(original);
        var bytes = Damage(compressed.ToArray(), kinds, positions);

        Frame? frame = null;
        var error = Record.Exception(() => frame = CsvReader.Read(new MemoryStream(bytes), Name + ".gz"));

        AssertFrameOrCsvError(error);
        if (frame is not null) CsvTestFiles.AssertSameFrame(expected, frame);
    }

    private static void AssertFrameOrCsvError(Exception? error)
    {
        if (error is null) return;
        var csv = Assert.IsType<CsvFormatException>(error, exactMatch: true);
        Assert.StartsWith(csv.FileName, csv.Message, StringComparison.Ordinal);
        Assert.StartsWith(Name, csv.FileName, StringComparison.Ordinal);
        Assert.True(csv.Line > 0 || csv.Column == 0, csv.Message);
    }

    private static byte[] Original(int seed)
    {
        var rows = Math.Abs(seed % 40) + 1;
        var text = seed % 3 == 0
            ? "id,x,y\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"{i},{i * 0.5},{(i % 4 == 0 ? "" : i % 7)}\n"))
            : CsvTestFiles.Awkward(rows, seed);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Applies damage i (its kind from <paramref name="kinds"/>, its position and byte from <paramref name="positions"/>, cycling) to a copy.</summary>
    private static byte[] Damage(byte[] original, byte[] kinds, int[] positions)
    {
        var bytes = new List<byte>(original);
        for (var i = 0; i < kinds.Length; i++)
        {
            var at = positions.Length == 0 ? 0 : (int)((uint)positions[i % positions.Length] % (uint)(bytes.Count + 1));
            var value = positions.Length == 0 ? (byte)0xFF : (byte)(positions[i % positions.Length] >> 24);
            var inside = at < bytes.Count;
            switch (kinds[i] % 9)
            {
                case 0: bytes.RemoveRange(at, bytes.Count - at); break;
                case 1: bytes.Insert(at, (byte)'"'); break;
                case 2: bytes.Insert(at, value); break;
                case 3: bytes.Insert(at, 0); break;
                case 4 when inside: bytes[at] = bytes[at] == '\n' ? (byte)'\r' : bytes[at] == '\r' ? (byte)'\n' : value; break;
                case 5: bytes.InsertRange(at, [0xEF, 0xBB, 0xBF]); break;
                case 6 when inside: bytes.RemoveAt(at); break;
                case 7: bytes.Insert(at, (byte)'\r'); break;
                case 8: bytes.Insert(at, (byte)','); break;
            }
        }
        return [.. bytes];
    }
}
