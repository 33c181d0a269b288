using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Features.Text;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Validation;

namespace Kaggle.Core.Tests.Validation;

public sealed class CrossValidationSparseTests
{
    /// <summary>
    /// A minimal bag-of-words step (whitespace tokens, counts): the vocabulary comes from the training rows only,
    /// and the text column is replaced by a sparse block, as a real vectorizer does.
    /// </summary>
    private sealed record WordCounts(string Column) : IFeatureStep
    {
        public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target)
        {
            var vocabulary = train.Text(Column).Values.ToArray()
                .SelectMany(t => (t ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToArray();
            var fitted = new Fitted(Column, vocabulary);
            return new FittedFeatures(fitted, fitted.Transform(train));
        }

        private sealed record Fitted(string Column, string[] Vocabulary) : IFittedFeatureStep
        {
            public Frame Transform(Frame frame)
            {
                var builder = new CsrBuilder(Vocabulary.Length);
                foreach (var text in frame.Text(Column).Values)
                {
                    foreach (var group in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).GroupBy(w => w).OrderBy(g => g.Key, StringComparer.Ordinal))
                    {
                        var index = Array.BinarySearch(Vocabulary, group.Key, StringComparer.Ordinal);
                        if (index >= 0) builder.Add(index, group.Count());
                    }
                    builder.EndRow();
                }
                return frame.With(new SparseBlockColumn(Column, builder.Build(), Vocabulary));
            }
        }
    }

    private static (Frame Train, double[] Y, Frame Test) Tweets()
    {
        string[] positive = ["fire", "flood", "storm", "evacuate", "earthquake"];
        string[] negative = ["lovely", "movie", "coffee", "music", "sunny"];
        var texts = new string?[80];
        var y = new double[80];
        for (var i = 0; i < texts.Length; i++)
        {
            y[i] = i % 2;
            var words = y[i] == 1 ? positive : negative;
            texts[i] = $"{words[i % 5]} {words[(i / 5) % 5]} today {(i % 7 == 0 ? "maybe" : "")}";
        }
        var train = new Frame(new TextColumn("text", texts), new NumericColumn("length", [.. texts.Select(t => (double)t!.Length)]));
        var test = new Frame(new TextColumn("text", ["storm fire tonight", "coffee music", null]), new NumericColumn("length", [18, 12, 0]));
        return (train, y, test);
    }

    [Fact]
    public void Run_TextVectorizerThenLogisticRegression_SeparatesTheClasses()
    {
        var (train, y, test) = Tweets();
        var spec = new ModelSpec("bow-logreg", new WordCounts("text"), _ => new LogisticRegression { C = 10 });

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y, test);

        Assert.Equal(1.0, result.OutOfFoldScore);
        Assert.True(result.Test![0, 0] > 0.5, $"P(disaster | storm fire) = {result.Test[0, 0]}");
        Assert.True(result.Test[1, 0] < 0.5, $"P(disaster | coffee music) = {result.Test[1, 0]}");
    }

    [Fact]
    public void Run_TfidfWordAndCharBlocksThenLogisticRegression_SeparatesTheClasses()
    {
        var (train, y, test) = Tweets();
        var features = new FeaturePipeline(
            new TfidfVectorizer("text") { Output = "words", Analysis = TextAnalysis.Words(1, 2), SublinearTf = true },
            new TfidfVectorizer("text") { Analysis = TextAnalysis.CharactersInWords(2, 5), SublinearTf = true, MinDf = 2 });
        var spec = new ModelSpec("tfidf-logreg", features, _ => new LogisticRegression { C = 4 });

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y, test);

        Assert.Equal(1.0, result.OutOfFoldScore);
        Assert.True(result.Test![0, 0] > 0.5 && result.Test[1, 0] < 0.5, $"test probabilities {result.Test[0, 0]}, {result.Test[1, 0]}");
    }

    [Fact]
    public void Run_KeywordOneHotBesideTfidfBlocks_MixesDenseAndSparseColumns()
    {
        var (train, y, test) = Tweets();
        string?[] keywords = [.. y.Select((label, i) => i % 3 == 0 ? null : label == 1 ? "fire" : "music")];
        train = train.With(new TextColumn("keyword", keywords));
        test = test.With(new TextColumn("keyword", ["fire", null, "unseen"]));
        var features = new FeaturePipeline(
            new SelectColumns("text", "keyword"),
            new TextToCategorical("keyword"),
            new OneHotEncoder("keyword"),
            new TfidfVectorizer("text") { Output = "words", Analysis = TextAnalysis.Words(1, 2) },
            new TfidfVectorizer("text") { Analysis = TextAnalysis.CharactersInWords(2, 5), MinDf = 2 });
        var spec = new ModelSpec("tfidf-keyword-logreg", features, _ => new LogisticRegression { C = 4 });

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y, test);

        Assert.Equal(1.0, result.OutOfFoldScore);
        Assert.Equal(3, result.Test!.RowCount);
    }

    [Fact]
    public void Run_SparseAndDenseFeatures_GiveTheSameOutOfFoldPredictions()
    {
        var (train, y, _) = Tweets();
        // One solver for both: Auto would run L-BFGS on the dense copy and trust-region Newton on the CSR one.
        var sparse = new ModelSpec("sparse", new WordCounts("text"), _ => new LogisticRegression { Solver = LogisticSolver.TrustRegionNewton, Tolerance = 1e-10, MaxIterations = 1000 });
        var dense = sparse with { Features = new FeaturePipeline(new WordCounts("text"), new DensifyStep()) };
        var cv = new CrossValidation(new StratifiedKFold(4), new LogLoss());

        var fromSparse = cv.Run(sparse, train, y);
        var fromDense = cv.Run(dense, train, y);

        for (var i = 0; i < y.Length; i++)
            Assert.Equal(fromDense.OutOfFold[i, 0], fromSparse.OutOfFold[i, 0], 1e-7);
    }

    [Fact]
    public void Run_DenseOnlyLearnerOnSparseFeatures_FailsNamingModelLearnerAndSize()
    {
        var (train, y, _) = Tweets();
        var spec = new ModelSpec("bow-forest", new WordCounts("text"), _ => new RandomForestClassifier { Trees = 5 });

        var error = Assert.Throws<InvalidOperationException>(() => new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y));

        Assert.Contains("Model 'bow-forest' gets a sparse 60×", error.Message, StringComparison.Ordinal);
        Assert.Contains("RandomForestClassifier accepts only dense input; set ModelSpec.Densify = true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DenseOnlyLearnerWithDensifyAllowed_Runs()
    {
        var (train, y, test) = Tweets();
        var spec = new ModelSpec("bow-forest", new WordCounts("text"), _ => new RandomForestClassifier { Trees = 5 }) { Densify = true };

        var result = new CrossValidation(new StratifiedKFold(4), new Accuracy()).Run(spec, train, y, test);

        Assert.Equal(3, result.Test!.RowCount);
        Assert.True(result.OutOfFoldScore > 0.9, $"accuracy {result.OutOfFoldScore}");
    }

    /// <summary>Replaces every sparse block by its dense columns (to compare the two representations).</summary>
    private sealed record DensifyStep : IFeatureStep, IFittedFeatureStep
    {
        public FittedFeatures FitTransform(Frame train, ReadOnlySpan<double> target) => new(this, Transform(train));

        public Frame Transform(Frame frame)
        {
            var dense = frame.ToFeatureMatrix().ToDense();
            return new Frame(Enumerable.Range(0, dense.ColumnCount).Select(j => new NumericColumn($"f{j}", dense.Column(j))));
        }
    }
}
