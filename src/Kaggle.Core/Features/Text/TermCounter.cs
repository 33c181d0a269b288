namespace Kaggle.Core.Features.Text;

/// <summary>
/// Collects one document's n-gram ids (adding new terms to the table when <c>grow</c>, else skipping unknown ones)
/// and turns them into sorted (id, count) pairs.
/// </summary>
internal sealed class TermCounter(TermTable table, bool grow) : NGramSink
{
    private readonly List<int> _ids = [];

    public override void Accept(ReadOnlySpan<char> ngram)
    {
        var id = grow ? table.Add(ngram) : table.Find(ngram);
        if (id >= 0) _ids.Add(id);
    }

    /// <summary>Counts the collected ids into <paramref name="ids"/> / <paramref name="counts"/> (increasing ids) and clears them.</summary>
    public void Flush(List<int> ids, List<double> counts)
    {
        _ids.Sort();
        for (var k = 0; k < _ids.Count;)
        {
            var id = _ids[k];
            var end = k + 1;
            while (end < _ids.Count && _ids[end] == id) end++;
            ids.Add(id);
            counts.Add(end - k);
            k = end;
        }
        _ids.Clear();
    }

    /// <summary>Reads every text and returns the CSR-shaped (id, count) runs: row pointers, ids and counts.</summary>
    public (int[] Pointers, List<int> Ids, List<double> Counts) CountAll(string?[] texts, NGramReader reader)
    {
        var pointers = new int[texts.Length + 1];
        List<int> ids = [];
        List<double> counts = [];
        for (var i = 0; i < texts.Length; i++)
        {
            reader.Read(texts[i], this);
            Flush(ids, counts);
            pointers[i + 1] = ids.Count;
        }
        return (pointers, ids, counts);
    }
}
