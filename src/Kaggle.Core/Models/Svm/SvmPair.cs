namespace Kaggle.Core.Models.Svm;

/// <summary>The machine separating classes <c>First</c> &lt; <c>Second</c>, with its Platt sigmoid (NaN when none was fitted).</summary>
internal sealed record SvmPair(int First, int Second, BinarySvm Machine, double SigmoidA, double SigmoidB);
