using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;

namespace Playbooks.Search.Querying;

/// <summary>A query after analysis: distinct word terms, distinct bigrams, and every surface form to highlight.</summary>
public sealed record QueryTerms(IReadOnlyList<string> Words, IReadOnlyList<string> Bigrams, IReadOnlyDictionary<string, string> Surfaces)
{
    public bool IsEmpty => Words.Count == 0 && Bigrams.Count == 0;

    public static QueryTerms From(AnalyzedText analyzed, Lexicon lexicon, int maxWords, int maxBigrams)
    {
        var words = analyzed.Words.Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(maxWords).ToList();
        var bigrams = analyzed.Bigrams.Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(maxBigrams).ToList();

        // Surface form → the query term it stands for: the term itself plus the other words of its synonym group.
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            surfaces.TryAdd(word, word);
            if (lexicon.GroupsByCanonical.TryGetValue(word, out var group))
                foreach (var synonym in group)
                    surfaces.TryAdd(synonym, word);
        }
        return new QueryTerms(words, bigrams, surfaces);
    }
}
