namespace Playbooks.Search.Postings;

/// <summary>
/// One playbook's terms of one representation as the index writer stores them: each distinct term's number
/// (<see cref="TermIds"/>) and its count per field, in the order first seen, and the length (all terms, all fields).
/// Two exact arrays instead of a hash table per playbook, held until its batch is written.
/// </summary>
public sealed record IndexedTerms(int[] Ids, FieldCounts[] Counts, int Length)
{
    /// <summary><paramref name="tokens"/> with their terms numbered in <paramref name="ids"/>, in the same order.</summary>
    public static IndexedTerms Of(DocumentTokens tokens, TermIds ids)
    {
        var numbers = new int[tokens.Counts.Count];
        var counts = new FieldCounts[numbers.Length];
        var i = 0;
        foreach (var (term, fieldCounts) in tokens.Counts)
        {
            numbers[i] = ids.Of(term);
            counts[i++] = fieldCounts;
        }
        return new IndexedTerms(numbers, counts, tokens.Length);
    }
}
