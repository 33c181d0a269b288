using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.Core.Models.Bayes;
using Kaggle.Core.Tests.Features.Text;
using Kaggle.Core.Tests.Models.Linear;

namespace Kaggle.Core.Tests.Models.Bayes;

public sealed class MultinomialNaiveBayesTests
{
    public static TheoryData<string> Cases => ["multinomialnb_a1", "multinomialnb_a0.1", "complementnb_a1", "complementnb_a0.5_norm"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_GoldenTweets_MatchesScikitLearn(string name)
    {
        var (train, test) = name is "multinomialnb_a1" or "complementnb_a1" ? TextGoldenInputs.Counts() : TextGoldenInputs.Tfidf();
        ISparseLearner<MultinomialNaiveBayesModel> learner = name switch
        {
            "multinomialnb_a1" => new MultinomialNaiveBayes(),
            "multinomialnb_a0.1" => new MultinomialNaiveBayes { Alpha = 0.1 },
            "complementnb_a1" => new ComplementNaiveBayes(),
            _ => new ComplementNaiveBayes { Alpha = 0.5, Norm = true },
        };
        var expected = TextGolden.Model(name);

        var model = learner.Fit(train, TextGolden.TrainY);

        LogisticRegressionTests.AssertClose(TextGolden.Doubles(expected.GetProperty("feature_log_prob")), model.FeatureWeights, 1e-9);
        LogisticRegressionTests.AssertClose(TextGolden.Doubles(expected.GetProperty("proba")), model.PredictOutput(test).Values, 1e-9);
        if (name.StartsWith("multinomial", StringComparison.Ordinal))
            LogisticRegressionTests.AssertClose(TextGolden.Doubles(expected.GetProperty("class_log_prior")), model.LogPriors, 1e-12);
    }

    [Fact]
    public void Fit_DenseAndSparse_GiveTheSameModel()
    {
        var (train, test) = TextGoldenInputs.Counts();

        var sparse = new MultinomialNaiveBayes().Fit(train, TextGolden.TrainY);
        var dense = new MultinomialNaiveBayes().Fit(train.ToDense(), TextGolden.TrainY);

        LogisticRegressionTests.AssertClose(dense.PredictOutput(test.ToDense()).Values, sparse.PredictOutput(test).Values, 1e-12);
    }

    [Fact]
    public void Fit_NegativeFeature_ThrowsNamingCellAndLearner()
    {
        var x = Matrix.FromRows([1, 0], [0, -0.5]);

        var error = Assert.Throws<ArgumentException>(() => new ComplementNaiveBayes().Fit(x, [0, 1]));

        Assert.Contains("x[1, 1] is -0.5; ComplementNaiveBayes needs finite non-negative features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_AllZeroRow_GivesTheClassPrior()
    {
        var x = CsrMatrix.FromDense(Matrix.FromRows([1, 0], [2, 0], [0, 3]));

        var model = new MultinomialNaiveBayes().Fit(x, [0, 0, 1]);
        var p = model.PredictOutput(new CsrMatrix(1, 2, [0, 0], [], []));

        Assert.Equal(1.0 / 3, p[0, 0], 12);
    }

    [Fact]
    public void Fit_ZeroAlpha_ThrowsNamingOption()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MultinomialNaiveBayes { Alpha = 0 }.Fit(Matrix.FromRows([1], [2]), [0, 1]));

        Assert.Contains("Alpha must be positive", error.Message, StringComparison.Ordinal);
    }
}
