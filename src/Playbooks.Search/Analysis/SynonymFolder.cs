namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 4: replaces each word of a synonym group with the group's canonical form (吐槽, 抱怨 → 投诉).
/// </summary>
/// <remarks>
/// Applied at index time and at query time alike (folding, not query expansion): one term per concept gives
/// BM25 the right document frequency for the concept, keeps queries small and free of OR-chains, and a changed
/// synonym list already triggers a full re-index through the lexicon fingerprint, so nothing goes stale.
/// </remarks>
public sealed class SynonymFolder(IReadOnlyDictionary<string, string> canonical)
{
    public List<Token> Fold(List<Token> tokens)
    {
        if (canonical.Count == 0)
            return tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (canonical.TryGetValue(tokens[i].Term, out var term))
                tokens[i] = tokens[i] with { Term = term };
        return tokens;
    }
}
