using Kaggle.Core.Data;
using Kaggle.Core.Features.Text;

namespace Kaggle.Benchmarks.Text;

/// <summary>
/// The Disaster Tweets texts for the text verbs (train.csv then test.csv, 10,876 tweets) and the vectorizers the
/// anchors mirror: TF-IDF word 1–2 and char_wb 2–5 with scikit-learn's defaults otherwise.
/// </summary>
internal static class TweetsBenchData
{
    public const string DefaultFolder = "/work/shared/data/nlp-getting-started";

    public static TfidfVectorizer Words => new("text") { Output = "words", Analysis = TextAnalysis.Words(1, 2) };

    public static TfidfVectorizer Characters => new("text") { Output = "chars", Analysis = TextAnalysis.CharactersInWords(2, 5) };

    /// <summary>The train texts with targets, and the test texts; <paramref name="rows"/> &gt; 0 keeps only the first rows of each.</summary>
    public static (Frame Train, double[] Y, Frame Test) Load(string folder, int rows)
    {
        var train = CsvReader.Read(Path.Combine(folder, "train.csv"));
        var test = CsvReader.Read(Path.Combine(folder, "test.csv"));
        if (rows > 0)
        {
            train = train.Head(rows);
            test = test.Head(rows);
        }
        var y = train.Numeric("target").ToArray();
        return (train.Select("text"), y, test.Select("text"));
    }
}
