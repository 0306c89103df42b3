using System.Runtime.CompilerServices;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Querying;
using Playbooks.Search.Snippets;

namespace Playbooks.Search.Tests.Snippets;

/// <summary>
/// <see cref="Search.Snippets.SnippetBuilder"/> as it was before its matching was rewritten with sorted structs and
/// bit sets (commit 42b921c): grouping per sentence with lists, LINQ ordering and hash sets of terms. Kept as the plain
/// reading of the rules the faster builder must still follow to the byte.
/// </summary>
internal sealed class StraightforwardSnippets(TextNormalizer normalizer)
{
    private const int MaxSnippetLength = SnippetBuilder.MaxSnippetLength;

    // Where to look, most telling first, with how much a match there counts.
    private static readonly (string Field, double Weight)[] Fields =
    [
        (IndexedFields.Risk, 1.0), (IndexedFields.Escalation, 1.0), (IndexedFields.Background, 0.8),
        (IndexedFields.Handling, 0.6), (IndexedFields.Retrospective, 0.5),
    ];

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    /// <summary>
    /// A playbook's sentences, split and normalised once and kept while the playbook object lives; also joined by line
    /// breaks (which no query word contains, so no match spans two sentences) so each query word is looked for in one
    /// pass over the playbook rather than once per sentence.
    /// </summary>
    private sealed record PreparedPlaybook(string Heading, IReadOnlyList<PreparedSentence> Sentences, string Joined, int[] Starts);

    private sealed record PreparedSentence(string Section, double Weight, string Text, NormalizedText Normalized);

    // Keyed by the stored playbook object, which the search engine keeps per index generation: a playbook shown by many
    // queries is split and normalised once (doing it per query was most of a search's time and allocations).
    private readonly ConditionalWeakTable<StoredPlaybook, PreparedPlaybook> _prepared = new();

    public (IReadOnlyList<Snippet> Snippets, double Coverage) Build(StoredPlaybook doc, QueryTerms query, int maxSnippets = 2)
    {
        var prepared = _prepared.GetValue(doc, Prepare);
        var candidates = new List<(double Score, int Sentence, List<(int Start, int Length)> Spans, List<string> Terms)>();
        var matchedTerms = new HashSet<string>(StringComparer.Ordinal);

        // The title and tags count for coverage but are shown elsewhere, so they yield no snippet.
        MatchTerms(prepared.Heading, query.Surfaces, matchedTerms);

        foreach (var (index, spans, terms) in MatchSentences(prepared, query.Surfaces))
        {
            matchedTerms.UnionWith(terms);
            candidates.Add((prepared.Sentences[index].Weight * terms.Count + 0.1 * spans.Count, index, spans, terms));
        }

        // Greedy: best sentence first, then the best one that adds a term the first did not show. Only the chosen
        // sentences are cut and marked up (single-character query words match most sentences of a playbook).
        var chosen = new List<Snippet>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Sentence))
        {
            if (chosen.Count >= maxSnippets)
                break;
            if (chosen.Count > 0 && c.Terms.TrueForAll(shown.Contains))
                continue;
            var sentence = prepared.Sentences[c.Sentence];
            var highlights = c.Spans.Select(s => (sentence.Normalized.SourceOffset(s.Start), sentence.Normalized.SourceOffset(s.Start + s.Length - 1) + 1)).ToList();
            chosen.Add(Trim(sentence.Text, highlights, sentence.Section));
            shown.UnionWith(c.Terms);
        }
        var coverage = query.Words.Count == 0 ? 0 : (double)query.Words.Count(matchedTerms.Contains) / query.Words.Count;
        return (chosen, coverage);
    }

    private PreparedPlaybook Prepare(StoredPlaybook doc)
    {
        var sentences = new List<PreparedSentence>();
        foreach (var (field, weight) in Fields)
            foreach (var sentence in Sentences(doc.Fields.GetValueOrDefault(field) ?? ""))
                sentences.Add(new PreparedSentence(IndexedFields.ChineseName(field), weight, sentence, normalizer.Normalize(sentence)));
        var starts = new int[sentences.Count];
        for (var i = 1; i < starts.Length; i++)
            starts[i] = starts[i - 1] + sentences[i - 1].Normalized.Text.Length + 1;
        return new PreparedPlaybook(normalizer.Normalize(doc.Title + " " + string.Join(" ", doc.Tags)).Text, sentences,
            string.Join('\n', sentences.Select(x => x.Normalized.Text)), starts);
    }

    /// <summary>
    /// The sentences holding any surface form of a query word, in order: each with its non-overlapping spans (longest
    /// first where they overlap) and the distinct query words found in it.
    /// </summary>
    /// <remarks>
    /// Plain sorting and lists rather than LINQ grouping and a set per sentence: this runs for every result of every
    /// query, and the grouping, ordering and sets were about a third of a search request's snippet time in <c>serve</c>.
    /// The order of hits within a sentence does not matter: its spans are sorted below, and no two spans share both
    /// start and length (surfaces are distinct strings).
    /// </remarks>
    private static IEnumerable<(int Sentence, List<(int Start, int Length)> Spans, List<string> Terms)> MatchSentences(
        PreparedPlaybook prepared, IReadOnlyDictionary<string, string> surfaces)
    {
        var hits = new List<(int Sentence, int Start, int Length, string Term)>();
        foreach (var (surface, term) in surfaces)
        {
            if (surface.Length == 0)
                continue;
            var at = prepared.Joined.IndexOf(surface, StringComparison.Ordinal);
            while (at >= 0)
            {
                var sentence = Array.BinarySearch(prepared.Starts, at);
                if (sentence < 0)
                    sentence = ~sentence - 1; // the last sentence starting before the match
                hits.Add((sentence, at - prepared.Starts[sentence], surface.Length, term));
                at = prepared.Joined.IndexOf(surface, at + surface.Length, StringComparison.Ordinal);
            }
        }
        hits.Sort((a, b) => a.Sentence.CompareTo(b.Sentence));
        for (var first = 0; first < hits.Count;)
        {
            var sentence = hits[first].Sentence;
            var end = first;
            while (end < hits.Count && hits[end].Sentence == sentence)
                end++;
            var spans = new List<(int Start, int Length)>(end - first);
            var terms = new List<string>();
            for (var i = first; i < end; i++)
            {
                spans.Add((hits[i].Start, hits[i].Length));
                if (!terms.Contains(hits[i].Term))
                    terms.Add(hits[i].Term);
            }
            spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
            var merged = new List<(int Start, int Length)>();
            foreach (var span in spans)
                if (merged.Count == 0 || span.Start >= merged[^1].Start + merged[^1].Length)
                    merged.Add(span);
            yield return (sentence, merged, terms);
            first = end;
        }
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
