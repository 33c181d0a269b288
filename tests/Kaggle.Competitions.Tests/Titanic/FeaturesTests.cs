using Titanic;

namespace Kaggle.Competitions.Tests.Titanic;

public sealed class FeaturesTests
{
    [Theory]
    [InlineData("Braund, Mr. Owen Harris", "Mr")]
    [InlineData("Aubart, Mme. Leontine Pauline", "Mrs")]
    [InlineData("Reynaldo, Ms. Encarnacion", "Miss")]
    [InlineData("Rothes, the Countess. of (Lucy Noel Martha Dyer-Edwards)", "Rare")]
    [InlineData("No comma here", "Rare")]
    public void Title_Names_FoldedTitles(string name, string expected)
    {
        Assert.Equal(expected, Features.Title(name));
    }

    [Theory]
    [InlineData("A/5 21171", "A5")]
    [InlineData("PC 17599", "PC")]
    [InlineData("113803", "NUM")]
    [InlineData("LINE", "LINE")]
    public void TicketPrefix_Tickets_LettersBeforeTheNumber(string ticket, string expected)
    {
        Assert.Equal(expected, Features.TicketPrefix(ticket));
    }
}
