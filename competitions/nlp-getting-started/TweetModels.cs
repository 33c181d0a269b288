using Kaggle.Autograd.Models;
using Kaggle.Autograd.Models.Text;
using Kaggle.Core.Features;
using Kaggle.Core.Features.Embeddings;
using Kaggle.Core.Features.Text;
using Kaggle.Core.Models.Bayes;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Validation;

namespace NlpGettingStarted;

/// <summary>
/// Every model cross-validated on the tweets, by family: TF-IDF words / characters with linear models, naive Bayes
/// and NB-SVM on counts, MiniLM sentence embeddings with three heads, and the from-scratch fastText network. Feature
/// steps are fitted inside each fold (vocabularies, idf, one-hot levels); the embedding step is stateless.
/// </summary>
internal static class TweetModels
{
    /// <summary>Word uni- and bigrams of the tweet tokenizer (URLs, mentions and numbers as typed tokens, hashtags kept).</summary>
    private static readonly TextAnalysis s_words = TextAnalysis.Words(1, 2) with { Tokens = TokenPattern.Tweet };

    /// <summary>Character 2–5-grams inside word boundaries of the normalised tweet.</summary>
    private static readonly TextAnalysis s_chars = TextAnalysis.CharactersInWords(2, 5) with { Tokens = TokenPattern.Tweet };

    public static IReadOnlyList<ModelSpec> Sparse(bool fast) =>
    [
        new("word-logreg", Keywords().Then(WordTfidf()), _ => new LogisticRegression { C = 4 }),
        new("char-logreg", Keywords().Then(CharTfidf()), _ => new LogisticRegression { C = 4 }),
        new("word-char-logreg", Keywords().Then(WordTfidf("words")).Then(CharTfidf()), _ => new LogisticRegression { C = 4 }),
        new("word-char-svm", Keywords().Then(WordTfidf("words")).Then(CharTfidf()), _ => new LinearSvc { C = 0.1 }),
        new("nbsvm", Keywords().Then(WordCounts()), _ => new NbSvm()),
        new("mnb", Keywords().Then(WordCounts()), _ => new MultinomialNaiveBayes { Alpha = 0.5 }),
        new("cnb", Keywords().Then(WordCounts()), _ => new ComplementNaiveBayes { Alpha = 0.5 }),
        new("fasttext", new FeaturePipeline(new DropColumns("keyword", "location"), WordCounts()),
            seed => new FastTextClassifier { Dimension = 32, Epochs = fast ? 2 : 3, LearningRate = 0.03, Seed = seed }),
    ];

    /// <summary>The MiniLM vectors (384 columns) with the keyword one-hot, and three heads fitted on them.</summary>
    public static IReadOnlyList<ModelSpec> Embedded(EmbeddingCache cache, bool fast)
    {
        var features = new FeaturePipeline(new DropColumns("location"), new SentenceEmbedding("text", cache), new OneHotEncoder("keyword") { MinCount = 10 });
        return
        [
            new("minilm-logreg", features, _ => new LogisticRegression { C = 0.5 }),
            new("minilm-mlp", features, seed => new MlpClassifier
            {
                Hidden = [64], Dropout = 0.2, Training = new TrainingSettings { Epochs = fast ? 5 : 15, BatchSize = 64, LearningRate = 1e-3 }, Seed = seed, Threads = 1,
            }),
            new("minilm-gbdt", features, seed => new HistGradientBoostingClassifier
            {
                Rounds = fast ? 50 : 300, LearningRate = 0.05, MaxLeaves = 15, MinChildSamples = 20, ColumnSubsample = 0.5, Seed = seed,
            }),
        ];
    }

    /// <summary>The keyword as one-hot levels seen at least 10 times in the fold, the noisy free-text location dropped.</summary>
    private static FeaturePipeline Keywords() => new(new DropColumns("location"), new OneHotEncoder("keyword") { MinCount = 10 });

    private static TfidfVectorizer WordTfidf(string? output = null) =>
        new("text") { Output = output, Analysis = s_words, SublinearTf = true, MinDf = 2 };

    private static TfidfVectorizer CharTfidf() =>
        new("text") { Analysis = s_chars, SublinearTf = true, MinDf = 3, MaxFeatures = 100_000 };

    private static CountVectorizer WordCounts() => new("text") { Analysis = s_words, MinDf = 2 };
}
