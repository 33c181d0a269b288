using Kaggle.Core.Data;
using Kaggle.Core.Features.Text;

namespace Kaggle.Core.Tests.Features.Text;

/// <summary>The sparse inputs the golden models were fitted on: TF-IDF word 1–2 sublinear, and plain word counts.</summary>
internal static class TextGoldenInputs
{
    public static (CsrMatrix Train, CsrMatrix Test) Tfidf() =>
        Vectorize(new TfidfVectorizer("text") { Analysis = TextAnalysis.Words(1, 2), SublinearTf = true });

    public static (CsrMatrix Train, CsrMatrix Test) Counts() => Vectorize(new CountVectorizer("text"));

    private static (CsrMatrix, CsrMatrix) Vectorize(CountVectorizer step)
    {
        var fitted = step.FitTransform(TextGolden.Frame("train"), default);
        return (fitted.Train.ToFeatureMatrix().Sparse!, fitted.Step.Transform(TextGolden.Frame("test")).ToFeatureMatrix().Sparse!);
    }
}
