using System.Buffers.Binary;
using System.IO.Compression;

namespace Kaggle.Runner.Tests.Report;

/// <summary>
/// Just enough of a PNG reader to count the colours of a browser screenshot: 8-bit RGB or RGBA, not interlaced, the
/// five scanline filters of the PNG specification (https://www.w3.org/TR/png/#9Filters).
/// </summary>
internal static class Png
{
    /// <summary>The distinct colours (RGB packed in an int) of the image, stopping once <paramref name="atMost"/> are seen.</summary>
    public static HashSet<int> Colours(string path, int atMost = 64)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G')
            throw new InvalidDataException($"{path} is not a PNG file.");
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var chunk = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(chunk), BinaryPrimitives.ReadInt32BigEndian(chunk[4..]));
                if (chunk[8] != 8 || chunk[12] != 0 || chunk[9] is not (2 or 6))
                    throw new InvalidDataException($"{path}: only 8-bit, non-interlaced RGB/RGBA is read (depth {chunk[8]}, colour type {chunk[9]}).");
                channels = chunk[9] == 6 ? 4 : 3;
            }
            else if (type == "IDAT") data.Write(chunk);
            at += 12 + length;
        }
        data.Position = 0;
        using var inflated = new ZLibStream(data, CompressionMode.Decompress);
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var colours = new HashSet<int>();
        for (var y = 0; y < height && colours.Count < atMost; y++)
        {
            var filter = inflated.ReadByte();
            inflated.ReadExactly(row);
            Unfilter(filter, row, previous, channels);
            for (var x = 0; x < stride; x += channels) colours.Add(row[x] << 16 | row[x + 1] << 8 | row[x + 2]);
            (previous, row) = (row, previous);
        }
        return colours;
    }

    private static void Unfilter(int filter, byte[] row, byte[] up, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0, b = up[i], c = i >= bpp ? up[i - bpp] : 0;
            row[i] += filter switch
            {
                0 => 0,
                1 => (byte)a,
                2 => (byte)b,
                3 => (byte)((a + b) / 2),
                4 => (byte)Paeth(a, b, c),
                _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
