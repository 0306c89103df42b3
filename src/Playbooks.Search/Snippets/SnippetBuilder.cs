using Playbooks.Search.Analysis;
using Playbooks.Search.Indexing;
using Playbooks.Search.Querying;

namespace Playbooks.Search.Snippets;

/// <summary>
/// Picks the one or two sentences of a result that best show why it matched, and marks the matched words.
/// </summary>
/// <remarks>
/// Hand-written rather than FTS5's snippet(): the index stores analysed terms, not display text, so FTS5 has
/// nothing readable to quote. Matching here is by normalised substring over each sentence (cheap table lookups,
/// no segmentation), with every synonym of a query word, so 吐槽 in the text lights up for 投诉 in the query.
/// </remarks>
public sealed class SnippetBuilder(TextNormalizer normalizer)
{
    /// <summary>Longest snippet shown, in characters; longer sentences are cut around their first match.</summary>
    public const int MaxSnippetLength = 90;

    // Where to look, most telling first, with how much a match there counts.
    private static readonly (string Field, double Weight)[] Fields =
    [
        (IndexedFields.Risk, 1.0), (IndexedFields.Escalation, 1.0), (IndexedFields.Background, 0.8),
        (IndexedFields.Handling, 0.6), (IndexedFields.Retrospective, 0.5),
    ];

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    public (IReadOnlyList<Snippet> Snippets, double Coverage) Build(StoredPlaybook doc, QueryTerms query, int maxSnippets = 2)
    {
        var candidates = new List<(double Score, int Order, Snippet Snippet, HashSet<string> Terms)>();
        var matchedTerms = new HashSet<string>(StringComparer.Ordinal);
        var order = 0;

        // The title and tags count for coverage but are shown elsewhere, so they yield no snippet.
        MatchTerms(normalizer.Normalize(doc.Title + " " + string.Join(" ", doc.Tags)).Text, query.Surfaces, matchedTerms);

        foreach (var (field, weight) in Fields)
        {
            var text = doc.Fields.GetValueOrDefault(field) ?? "";
            foreach (var sentence in Sentences(text))
            {
                var normalized = normalizer.Normalize(sentence);
                var terms = new HashSet<string>(StringComparer.Ordinal);
                var spans = MatchTerms(normalized.Text, query.Surfaces, terms);
                if (spans.Count == 0)
                    continue;
                matchedTerms.UnionWith(terms);
                var score = weight * terms.Count + 0.1 * spans.Count;
                var highlights = spans.Select(s => (normalized.SourceOffset(s.Start), normalized.SourceOffset(s.Start + s.Length - 1) + 1)).ToList();
                candidates.Add((score, order++, Trim(sentence, highlights, IndexedFields.ChineseName(field)), terms));
            }
        }

        // Greedy: best sentence first, then the best one that adds a term the first did not show.
        var chosen = new List<Snippet>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Order))
        {
            if (chosen.Count >= maxSnippets)
                break;
            if (chosen.Count > 0 && c.Terms.IsSubsetOf(shown))
                continue;
            chosen.Add(c.Snippet);
            shown.UnionWith(c.Terms);
        }
        var coverage = query.Words.Count == 0 ? 0 : (double)query.Words.Count(matchedTerms.Contains) / query.Words.Count;
        return (chosen, coverage);
    }

    /// <summary>Finds every surface form of every query word in <paramref name="text"/>; returns non-overlapping spans, longest first.</summary>
    private static List<(int Start, int Length)> MatchTerms(string text, IReadOnlyDictionary<string, string> surfaces, HashSet<string> matched)
    {
        var spans = new List<(int Start, int Length)>();
        foreach (var (surface, term) in surfaces)
        {
            var at = text.IndexOf(surface, StringComparison.Ordinal);
            while (at >= 0)
            {
                spans.Add((at, surface.Length));
                matched.Add(term);
                at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal);
            }
        }
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<(int Start, int Length)>();
        foreach (var span in spans)
            if (merged.Count == 0 || span.Start >= merged[^1].Start + merged[^1].Length)
                merged.Add(span);
        return merged;
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(SentenceEnds, text[i]) < 0)
                continue;
            var sentence = text[start..(i + 1)].Trim();
            if (sentence.Length > 1)
                yield return sentence;
            start = i + 1;
        }
        var rest = text[start..].Trim();
        if (rest.Length > 1)
            yield return rest;
    }

    private static Snippet Trim(string sentence, List<(int Start, int End)> highlights, string section)
    {
        var offset = 0;
        var text = sentence;
        if (sentence.Length > MaxSnippetLength)
        {
            offset = Math.Clamp(highlights[0].Start - 20, 0, sentence.Length - MaxSnippetLength);
            text = (offset > 0 ? "…" : "") + sentence.Substring(offset, MaxSnippetLength) + (offset + MaxSnippetLength < sentence.Length ? "…" : "");
        }
        var shift = offset > 0 ? 1 - offset : 0;
        var marks = highlights
            .Where(h => h.Start >= offset && h.End <= offset + MaxSnippetLength)
            .Select(h => new[] { h.Start + shift, h.End - h.Start })
            .ToList();
        return new Snippet(section, text, marks);
    }
}
