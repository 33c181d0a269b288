using Kaggle.Core.Data;

namespace Titanic;

/// <summary>
/// Parties of the ship's manifest (train and test passengers together): passengers are linked when they share a
/// ticket, or a surname and a fare (relatives on consecutive tickets), and a family is a connected group of links.
/// Cross-validation keeps families together (competition.json cv.groups = Family), and the in-fold
/// <see cref="Kaggle.Core.Features.GroupOutcomeEncoder"/> reads what happened to a passenger's training relatives.
/// Only names, tickets and fares are read, never the target.
/// </summary>
internal static class Families
{
    /// <summary>The family of every passenger ("F" + the smallest manifest row of the group), in both frames.</summary>
    public static (Frame Train, Frame Test) Add(Frame train, Frame test)
    {
        var n = train.RowCount + test.RowCount;
        var parent = Enumerable.Range(0, n).ToArray();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var row = 0;
        foreach (var frame in new[] { train, test })
        {
            var names = frame.Text("Name");
            var tickets = frame["Ticket"];
            var fares = frame.Numeric("Fare");
            for (var i = 0; i < frame.RowCount; i++, row++)
            {
                if (tickets.Format(i) is { } ticket) Link("t:" + ticket, row);
                if (Surname(names[i]) is { } surname && !double.IsNaN(fares[i])) Link($"s:{surname}|{fares[i]:R}", row);
            }
        }
        var family = new string[n];
        for (var r = 0; r < n; r++) family[r] = "F" + Root(r);
        return (With(train, family[..train.RowCount]), With(test, family[train.RowCount..]));

        void Link(string key, int r)
        {
            if (first.TryGetValue(key, out var other)) parent[Root(r)] = Root(other);
            else first[key] = r;
        }

        int Root(int r)
        {
            while (parent[r] != r) r = parent[r] = parent[parent[r]];
            return r;
        }
    }

    /// <summary>The text before the comma of "Surname, Title. Given names".</summary>
    public static string? Surname(string? name) =>
        name is null ? null : name.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 ? name[..comma].Trim() : name.Trim();

    /// <summary>
    /// Family (the CV group) and WomanChildFamily: the family of women and boys (title Master) only, missing for adult
    /// men, whose fate says little about their relatives' (the "women and children first" groups).
    /// </summary>
    private static Frame With(Frame frame, string[] family)
    {
        var sex = frame["Sex"];
        var title = frame["Title"];
        var womanChild = new string?[family.Length];
        for (var i = 0; i < family.Length; i++)
            womanChild[i] = sex.Format(i) == "female" || title.Format(i) == "Master" ? family[i] : null;
        return frame.With(CategoricalColumn.FromStrings("Family", family), CategoricalColumn.FromStrings("WomanChildFamily", womanChild));
    }
}
