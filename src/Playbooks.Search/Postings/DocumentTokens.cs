using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Playbooks.Search.Postings;

/// <summary>One playbook's tokens of one representation: count per field, and its length (all tokens, all fields).</summary>
/// <param name="capacity">
/// Distinct terms to make room for up front: a playbook's terms otherwise grow the table a dozen times, and each
/// outgrown table is garbage. The order of <see cref="Counts"/> (the order terms were first added) does not depend on it.
/// </param>
public sealed class DocumentTokens(int capacity = 0) : ITermSink
{
    public Dictionary<string, FieldCounts> Counts { get; } = new(capacity, StringComparer.Ordinal);

    public int Length { get; private set; }

    /// <summary>
    /// Adds an analysed term to field number <paramref name="field"/>. Terms are kept whole: a query term such as 3.5 or
    /// wi-fi finds the same term in a playbook (FTS5's tokenizer, which the index used at first, split such terms, so
    /// they never matched).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string term, int field)
    {
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(Counts, term, out _);
        if (counts[field] < ushort.MaxValue)
            counts[field]++; // a term repeated 65 535 times in one field of one file saturates; its score already has
        Length++;
    }
}
