namespace Kaggle.Core.Features.Text;

/// <summary>
/// Term ↔ id, looked up by span so that counting n-grams allocates a string only for a term seen for the first time
/// (the .NET 9 alternate lookup of a string-keyed dictionary).
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms;

    public TermTable(int capacity = 0)
    {
        _ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _terms = new List<string>(capacity);
    }

    /// <summary>Builds a table whose ids are the positions of <paramref name="terms"/> (which must be distinct).</summary>
    public TermTable(IReadOnlyList<string> terms) : this(terms.Count)
    {
        foreach (var term in terms) Add(term);
    }

    public int Count => _terms.Count;

    public IReadOnlyList<string> Terms => _terms;

    /// <summary>The term's id, adding it when new.</summary>
    public int Add(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id)) return id;
        id = _terms.Count;
        var text = term.ToString();
        _ids.Add(text, id);
        _terms.Add(text);
        return id;
    }

    /// <summary>The term's id, or -1 when the table does not hold it.</summary>
    public int Find(ReadOnlySpan<char> term) => _lookup.TryGetValue(term, out var id) ? id : -1;
}
