namespace Kaggle.Core.Features.Text;

/// <summary>Receives the n-grams of one document as spans of a reused buffer (copy what must outlive the call).</summary>
internal abstract class NGramSink
{
    public abstract void Accept(ReadOnlySpan<char> ngram);
}
