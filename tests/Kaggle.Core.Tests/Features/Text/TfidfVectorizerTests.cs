using Kaggle.Core.Data;
using Kaggle.Core.Features.Text;

namespace Kaggle.Core.Tests.Features.Text;

public sealed class TfidfVectorizerTests
{
    public static TheoryData<string> Cases => [.. s_cases.Keys];

    private static readonly Dictionary<string, CountVectorizer> s_cases = new()
    {
        ["tfidf_default"] = new TfidfVectorizer("text"),
        ["tfidf_word12_sublinear_mindf2"] = new TfidfVectorizer("text") { Analysis = TextAnalysis.Words(1, 2), SublinearTf = true, MinDf = 2 },
        ["tfidf_charwb25"] = new TfidfVectorizer("text") { Analysis = TextAnalysis.CharactersInWords(2, 5) },
        ["tfidf_charwb25_maxfeatures"] = new TfidfVectorizer("text") { Analysis = TextAnalysis.CharactersInWords(2, 5), MaxFeatures = 69, MaxDf = 0.5 },
        ["tfidf_char13_l1_nosmooth"] = new TfidfVectorizer("text") { Analysis = new() { Analyzer = TextAnalyzer.Char, MinN = 1, MaxN = 3 }, SmoothIdf = false, Norm = TextNorm.L1 },
        ["count_word13"] = new CountVectorizer("text") { Analysis = TextAnalysis.Words(1, 3) },
        ["count_binary_nolower"] = new CountVectorizer("text") { Binary = true, Analysis = new() { Lowercase = false } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FitTransform_GoldenTweets_MatchesScikitLearn(string name)
    {
        var expected = TextGolden.Vectorizer(name);

        var fitted = s_cases[name].FitTransform(TextGolden.Frame("train"), TextGolden.TrainY);
        var model = (TextVectorizerModel)fitted.Step;
        var train = fitted.Train.ToFeatureMatrix().Sparse!.ToDense();
        var test = model.Transform(TextGolden.Frame("test")).ToFeatureMatrix().Sparse!.ToDense();

        Assert.Equal(expected.GetProperty("vocabulary").EnumerateArray().Select(e => e.GetString()), model.Vocabulary);
        if (expected.TryGetProperty("idf", out var idf))
            Assert.Equal(TextGolden.Doubles(idf), model.Idf.ToArray(), (a, b) => Math.Abs(a - b) <= 1e-9);
        TextGolden.AssertClose(TextGolden.Dense(expected.GetProperty("train")), train, 1e-9);
        TextGolden.AssertClose(TextGolden.Dense(expected.GetProperty("test")), test, 1e-9);
    }

    [Fact]
    public void FitTransform_StandardTokens_UsePythonWordCharacters()
    {
        // scikit-learn 1.2 gives ['ab_c', 'x²', '½½', 'ée', '東京']: ² and ½ are word characters in Python, the
        // combining accent and the connector ‿ are not (unlike .NET's \w).
        var frame = new Frame(new TextColumn("text", ["x² ab_c ée\u0301t ½½ 東京 a‿b"]));

        var model = (TextVectorizerModel)new CountVectorizer("text").FitTransform(frame, default).Step;

        Assert.Equal(["ab_c", "x²", "½½", "ée", "東京"], model.Vocabulary);
    }

    [Fact]
    public void FitTransform_OutputName_KeepsTheTextColumn()
    {
        var fitted = new TfidfVectorizer("text") { Output = "words" }.FitTransform(TextGolden.Frame("train"), default);

        Assert.Equal(ColumnKind.Text, fitted.Train["text"].Kind);
        Assert.Equal(ColumnKind.Sparse, fitted.Train["words"].Kind);
    }

    [Fact]
    public void Transform_TestOnlyTokens_GiveAnAllZeroRow()
    {
        var model = new TfidfVectorizer("text").FitTransform(TextGolden.Frame("train"), default).Step;

        var block = (SparseBlockColumn)model.Transform(new Frame(new TextColumn("text", ["xyzzy plugh", null]))).Columns[0];

        Assert.Equal(0, block.Matrix.NonZeroCount);
        Assert.Equal(2, block.Matrix.RowCount);
    }

    [Fact]
    public void FitTransform_OnlyEmptyTexts_FailsWithEmptyVocabularyMessage()
    {
        var frame = new Frame(new TextColumn("text", ["", null, "a ! ?"]));

        var error = Assert.Throws<InvalidOperationException>(() => new TfidfVectorizer("text").FitTransform(frame, default));

        Assert.Contains("TfidfVectorizer on column 'text'", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty vocabulary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTransform_MinDfRemovesEverything_FailsNamingTheOptions()
    {
        var frame = new Frame(new TextColumn("text", ["alpha beta", "gamma delta"]));

        var error = Assert.Throws<InvalidOperationException>(() => new TfidfVectorizer("text") { MinDf = 2 }.FitTransform(frame, default));

        Assert.Contains("MinDf = 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTransform_MissingColumn_FailsListingColumns()
    {
        var frame = new Frame(new TextColumn("tweet", ["alpha"]));

        var error = Assert.Throws<InvalidOperationException>(() => new TfidfVectorizer("text").FitTransform(frame, default));

        Assert.Contains("TfidfVectorizer reads column 'text', which the frame lacks. Columns: tweet.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTransform_NumericColumn_FailsNamingKind()
    {
        var frame = new Frame(new NumericColumn("text", [1.0]));

        var error = Assert.Throws<InvalidOperationException>(() => new CountVectorizer("text").FitTransform(frame, default));

        Assert.Contains("as text but it is Numeric", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTransform_InvalidNGramRange_Throws()
    {
        var step = new TfidfVectorizer("text") { Analysis = TextAnalysis.Words(3, 2) };

        var error = Assert.Throws<ArgumentException>(() => step.FitTransform(TextGolden.Frame("train"), default));

        Assert.Contains("n-gram range (3, 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FitTransform_EmojiAndNonLatinTexts_VectorizeWithTweetTokens()
    {
        var frame = new Frame(new TextColumn("text", ["🔥🔥 🌊", "東京で地震が発生", "Пожар в лесу", "مرحبا بالعالم"]));
        var step = new TfidfVectorizer("text") { Analysis = new() { Tokens = TokenPattern.Tweet } };

        var fitted = step.FitTransform(frame, default);
        var matrix = ((SparseBlockColumn)fitted.Train["text"]).Matrix;

        Assert.Contains("🔥", ((TextVectorizerModel)fitted.Step).Vocabulary);
        for (var i = 0; i < 4; i++) Assert.NotEmpty(matrix.RowIndices(i).ToArray());
    }

    [Fact]
    public void FitTransform_HundredKilobyteText_VectorizesEveryWord()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i % 5000}");
        var frame = new Frame(new TextColumn("text", [string.Join(' ', words), "short text"]));

        var fitted = new CountVectorizer("text").FitTransform(frame, default);
        var matrix = ((SparseBlockColumn)fitted.Train["text"]).Matrix;

        Assert.True(string.Join(' ', words).Length > 100_000);
        Assert.Equal(5000, matrix.RowIndices(0).Length);
        Assert.Equal(4.0, matrix.RowValues(0)[0]);
    }
}
