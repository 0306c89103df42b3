namespace Playbooks.Search.Postings;

/// <summary>
/// The pinyin representation derived from the bigrams: a spelling's postings are the postings of every bigram spelled
/// that way, merged (节图 and 截图 both become jietu). Deriving them on demand, rather than indexing a third table,
/// is cheap because only a query's rare typo candidates are ever spelled.
/// </summary>
public static class PinyinPostings
{
    /// <summary>Postings of several bigrams as one list: per playbook, the field counts added up (saturating).</summary>
    public static Posting[] Merge(IReadOnlyList<Posting[]> lists)
    {
        if (lists.Count == 1)
            return lists[0];
        var byDoc = new SortedDictionary<int, FieldCounts>();
        foreach (var posting in lists.SelectMany(l => l))
        {
            var counts = byDoc.GetValueOrDefault(posting.Doc);
            for (var f = 0; f < FieldCounts.FieldCount; f++)
                counts[f] = (ushort)Math.Min(ushort.MaxValue, counts[f] + posting.Counts[f]);
            byDoc[posting.Doc] = counts;
        }
        return byDoc.Select(p => new Posting(p.Key, p.Value)).ToArray();
    }
}
