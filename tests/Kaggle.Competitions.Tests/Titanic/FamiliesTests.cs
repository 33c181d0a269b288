using Kaggle.Core.Data;
using Titanic;

namespace Kaggle.Competitions.Tests.Titanic;

public sealed class FamiliesTests
{
    private static Frame Passengers(params (string Name, string Sex, string Ticket, double Fare)[] rows)
    {
        var frame = new Frame(
            new TextColumn("Name", [.. rows.Select(r => r.Name)]),
            CategoricalColumn.FromStrings("Sex", [.. rows.Select(r => r.Sex)]),
            new TextColumn("Ticket", [.. rows.Select(r => r.Ticket)]),
            new NumericColumn("Fare", [.. rows.Select(r => r.Fare)]));
        return frame.With(CategoricalColumn.FromStrings("Title", [.. rows.Select(r => Features.Title(r.Name))]));
    }

    [Fact]
    public void Add_SharedTicketOrSurnameAndFareAcrossFiles_OneFamily()
    {
        var train = Passengers(("Sage, Mr. John", "male", "CA. 2343", 69.55), ("Ryan, Mr. Patrick", "male", "371110", 24.15));
        // Linked to Sage by ticket, and to her brother on the next ticket by surname and fare.
        var test = Passengers(("Sage, Miss. Ada", "female", "CA. 2343", 69.55), ("Sage, Master. Tom", "male", "CA. 2344", 69.55));

        var (a, b) = Families.Add(train, test);

        var family = a["Family"].Format(0);
        Assert.Equal(family, b["Family"].Format(0));
        Assert.Equal(family, b["Family"].Format(1));
        Assert.NotEqual(family, a["Family"].Format(1));
    }

    [Fact]
    public void Add_AdultMen_HaveNoWomanChildFamily()
    {
        var train = Passengers(("Sage, Mr. John", "male", "CA. 2343", 69.55), ("Sage, Mrs. Ann", "female", "CA. 2343", 69.55));
        var test = Passengers(("Sage, Master. Tom", "male", "CA. 2343", 69.55));

        var (a, b) = Families.Add(train, test);

        Assert.Null(a["WomanChildFamily"].Format(0));
        Assert.Equal(a["Family"].Format(1), a["WomanChildFamily"].Format(1));
        Assert.Equal(a["Family"].Format(1), b["WomanChildFamily"].Format(0));
    }
}
