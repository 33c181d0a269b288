using Kaggle.Core.Data;

namespace Titanic;

/// <summary>
/// Titanic's hand-made features, as pure functions of the passenger rows (nothing here is fitted; imputation and
/// encoding happen inside each cross-validation fold, in <see cref="TitanicCompetition"/>).
/// </summary>
internal static class Features
{
    /// <summary>Per-passenger features: title, family size, being alone, deck, cabin known, ticket prefix.</summary>
    public static Frame PerPassenger(Frame frame)
    {
        var names = frame.Text("Name");
        var sibSp = frame.Numeric("SibSp");
        var parch = frame.Numeric("Parch");
        var cabins = frame["Cabin"];
        var tickets = frame["Ticket"];
        var n = frame.RowCount;
        var title = new string?[n];
        var family = new double[n];
        var alone = new double[n];
        var deck = new string?[n];
        var cabinKnown = new double[n];
        var ticketPrefix = new string?[n];
        for (var i = 0; i < n; i++)
        {
            title[i] = Title(names[i]);
            family[i] = sibSp[i] + parch[i] + 1;
            alone[i] = family[i] == 1 ? 1 : 0;
            var cabin = cabins.Format(i);
            cabinKnown[i] = cabin is null ? 0 : 1;
            deck[i] = cabin is null ? "U" : cabin[..1] == "T" ? "A" : cabin[..1];
            ticketPrefix[i] = TicketPrefix(tickets.Format(i));
        }
        return frame.With(
            CategoricalColumn.FromStrings("Title", title),
            new NumericColumn("FamilySize", family),
            new NumericColumn("IsAlone", alone),
            CategoricalColumn.FromStrings("Deck", deck),
            new NumericColumn("CabinKnown", cabinKnown),
            CategoricalColumn.FromStrings("TicketPrefix", ticketPrefix));
    }

    /// <summary>
    /// Features of the ship's manifest (train and test passengers together): how many passengers share a ticket, and
    /// the fare per person of that ticket (a ticket's fare is the party's total). Only features are read, never the
    /// target, and the count is a fact about a passenger's party rather than a statistic fitted to labels.
    /// </summary>
    public static (Frame Train, Frame Test) Manifest(Frame train, Frame test)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var frame in new[] { train, test })
        {
            var tickets = frame["Ticket"];
            for (var i = 0; i < frame.RowCount; i++)
                if (tickets.Format(i) is { } ticket) counts[ticket] = counts.GetValueOrDefault(ticket) + 1;
        }
        return Families.Add(WithGroup(train, counts), WithGroup(test, counts));
    }

    /// <summary>Mr, Mrs, Miss, Master, or Rare; French and archaic forms folded into their English equivalents.</summary>
    public static string? Title(string? name)
    {
        if (name is null) return null;
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var dot = comma < 0 ? -1 : name.IndexOf('.', comma);
        if (dot < 0) return "Rare";
        return name[(comma + 1)..dot].Trim() switch
        {
            "Mr" => "Mr",
            "Mrs" or "Mme" => "Mrs",
            "Miss" or "Mlle" or "Ms" => "Miss",
            "Master" => "Master",
            _ => "Rare",
        };
    }

    /// <summary>The letters before a ticket's number ("PC 17599" → "PC", "A/5 21171" → "A5"), "NUM" for a plain number.</summary>
    public static string? TicketPrefix(string? ticket)
    {
        if (ticket is null) return null;
        var space = ticket.LastIndexOf(' ');
        if (space < 0) return ticket.All(char.IsDigit) ? "NUM" : Clean(ticket);
        return Clean(ticket[..space]);

        static string Clean(string prefix) => new string(prefix.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
    }

    private static Frame WithGroup(Frame frame, Dictionary<string, int> counts)
    {
        var tickets = frame["Ticket"];
        var fares = frame.Numeric("Fare");
        var size = new double[frame.RowCount];
        var perPerson = new double[frame.RowCount];
        for (var i = 0; i < size.Length; i++)
        {
            size[i] = tickets.Format(i) is { } ticket ? counts[ticket] : 1;
            perPerson[i] = fares[i] / size[i];
        }
        return frame.With(new NumericColumn("TicketGroupSize", size), new NumericColumn("FarePerPerson", perPerson));
    }
}
