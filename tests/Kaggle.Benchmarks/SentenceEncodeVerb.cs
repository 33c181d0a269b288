using System.Diagnostics;
using Kaggle.Core.Data;
using Kaggle.Text.Embeddings;

namespace Kaggle.Benchmarks;

/// <summary>
/// <c>minilm</c>: encodes the first <c>--rows</c> texts of a CSV column (default: the Disaster Tweets training file)
/// with <see cref="MiniLmEncoder"/> in batches of <c>--batch</c>, texts sorted by length as the embedding cache does,
/// with no cache, and reports texts per second. No Python anchor: the same model in PyTorch needs weights this
/// machine does not hold; the number stands alone.
/// </summary>
internal sealed class SentenceEncodeVerb : IBenchVerb
{
    public string Name => "minilm";

    public string Description => "MiniLM sentence encoding speed in texts/second (--file --column --rows --batch --threads)";

    public int Run(BenchArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var file = args.String("file", "/work/shared/data/nlp-getting-started/train.csv");
        var column = args.String("column", "text");
        var rows = args.Int("rows", 1000);
        var batch = args.Int("batch", 64);
        var threads = args.Int("threads", 0);

        var frame = CsvReader.Read(file, CsvReadOptions.AllText);
        var source = frame.Text(column);
        var texts = Enumerable.Range(0, Math.Min(rows, frame.RowCount)).Select(i => source[i] ?? "").OrderBy(t => t.Length).ToArray();
        var loading = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder(threads);
        var loadSeconds = loading.Elapsed.TotalSeconds;

        var clock = Stopwatch.StartNew();
        for (var start = 0; start < texts.Length; start += batch)
            encoder.Encode(texts[start..Math.Min(texts.Length, start + batch)]);
        var seconds = clock.Elapsed.TotalSeconds;

        BenchJson.Emit(new Dictionary<string, object?>
        {
            ["verb"] = Name,
            ["texts"] = texts.Length,
            ["batch"] = batch,
            ["threads"] = threads,
            ["load_seconds"] = Math.Round(loadSeconds, 3),
            ["encode_seconds"] = Math.Round(seconds, 3),
            ["texts_per_second"] = Math.Round(texts.Length / seconds, 1),
        });
        return 0;
    }
}
