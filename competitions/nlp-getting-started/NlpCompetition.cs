using Kaggle.Core.Data;
using Kaggle.Core.Ensembles;
using Kaggle.Core.Features.Embeddings;
using Kaggle.Core.PostProcessing;
using Kaggle.Runner;
using Kaggle.Text.Embeddings;

namespace NlpGettingStarted;

/// <summary>
/// Natural Language Processing with Disaster Tweets: the models, the blend and the F1 threshold, in one place.
/// See README.md for what was tried and the cross-validation table.
/// </summary>
public sealed class NlpCompetition : Competition
{
    /// <summary>One model per family; the single-analyzer TF-IDF models are subsumed by the word + char one.</summary>
    private static readonly string[] s_sparseMembers = ["word-char-logreg", "word-char-svm", "nbsvm", "cnb", "fasttext"];

    private static readonly Lazy<MiniLmEncoder> s_encoder = new(() => new MiniLmEncoder(threads: 2));

    public override CsvReadOptions ReadOptions => CsvReadOptions.Default with
    {
        Kinds = new Dictionary<string, ColumnKind>
        {
            ["keyword"] = ColumnKind.Text,
            ["location"] = ColumnKind.Text,
            ["text"] = ColumnKind.Text,
        },
    };

    public override Frame Prepare(Frame frame) => Tweets.Prepare(frame);

    /// <summary>
    /// TF-IDF, count and fastText models always; the MiniLM models only in full runs, since a fast run still predicts
    /// all 3,263 test tweets and encoding them uncached would take minutes (the encoder has its own tests). The blend
    /// is fitted on out-of-fold predictions; the decision threshold is chosen nested on the blend's out-of-fold rows.
    /// </summary>
    public override Experiment Build(BuildContext context)
    {
        var models = TweetModels.Sparse(context.Fast).ToList();
        if (!context.Fast)
        {
            var cache = new EmbeddingCache(s_encoder.Value, Path.Combine(context.CacheFolder, "embeddings")) { Observer = new EncodingLog() };
            models.AddRange(TweetModels.Embedded(cache, context.Fast));
        }
        return new Experiment(models)
        {
            Ensemble = new Blend(),
            Members = context.Fast ? s_sparseMembers : [.. s_sparseMembers, "minilm-logreg", "minilm-mlp", "minilm-gbdt"],
            Compare = [new Average()],
            PostProcessor = new DecisionThreshold(),
        };
    }
}
