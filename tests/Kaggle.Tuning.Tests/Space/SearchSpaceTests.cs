using Kaggle.Tuning.Space;

namespace Kaggle.Tuning.Tests.Space;

public sealed class SearchSpaceTests
{
    private static SearchSpace Gbdt(double high = 0.3) => new SearchSpace()
        .LogUniform("learning_rate", 0.01, high).Int("depth", 2, 8).Categorical("loss", "squared", "huber")
        .When("loss", ["huber"], s => s.LogUniform("delta", 0.01, 1));

    [Fact]
    public void Fingerprint_SameDeclaration_Equal() => Assert.Equal(Gbdt().Fingerprint(), Gbdt().Fingerprint());

    [Fact]
    public void Fingerprint_ChangedRange_Differs() => Assert.NotEqual(Gbdt().Fingerprint(), Gbdt(high: 0.5).Fingerprint());

    [Fact]
    public void Describe_ConditionalParameter_NamesItsParent() =>
        Assert.Contains("delta: float[0.01, 1] log if loss in [huber]", Gbdt().Describe(), StringComparison.Ordinal);

    [Fact]
    public void When_ParentNotCategorical_Throws()
    {
        var space = new SearchSpace().Uniform("x", 0, 1);

        var error = Assert.Throws<ArgumentException>(() => space.When("x", ["a"], s => s.Uniform("y", 0, 1)));

        Assert.Contains("not categorical", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uniform_EmptyRangeOrDuplicateName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SearchSpace().Uniform("x", 1, 1));
        Assert.Throws<ArgumentException>(() => new SearchSpace().Uniform("x", 0, 1).Int("x", 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchSpace().LogUniform("x", 0, 1));
    }

    [Fact]
    public void TrialParameters_MissingName_SaysWhichExist()
    {
        var parameters = new TrialParameters("s", 3, new Dictionary<string, object> { ["a"] = 1.0 });

        var error = Assert.Throws<KeyNotFoundException>(() => parameters.Double("b"));

        Assert.Contains("study s trial 3 has no parameter 'b' (it has: a)", error.Message, StringComparison.Ordinal);
    }
}
