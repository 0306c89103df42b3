using System.Runtime.CompilerServices;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
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
        var terms = TermNumbers.For(query);
        var matched = terms.NewSet();

        // The title and tags count for coverage but are shown elsewhere, so they yield no snippet.
        foreach (var (surface, term) in query.Surfaces)
            if (prepared.Heading.Contains(surface, StringComparison.Ordinal))
                terms.Add(matched, term);

        var hits = Hits(prepared, query.Surfaces, terms);
        var candidates = Candidates(prepared, hits, terms, out var sets);
        foreach (var candidate in candidates)
            TermNumbers.Union(matched, sets.AsSpan(candidate.Set, terms.SetLength));

        // Greedy: best sentence first, then the best one that adds a term the first did not show. Only the chosen
        // sentences are cut and marked up (single-character query words match most sentences of a playbook).
        candidates.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Sentence.CompareTo(b.Sentence));
        var chosen = new List<Snippet>();
        var shown = terms.NewSet();
        foreach (var c in candidates)
        {
            if (chosen.Count >= maxSnippets)
                break;
            var set = sets.AsSpan(c.Set, terms.SetLength);
            if (chosen.Count > 0 && TermNumbers.IsSubset(set, shown))
                continue;
            var sentence = prepared.Sentences[c.Sentence];
            var highlights = new List<(int Start, int End)>();
            foreach (var (start, length) in MergedSpans(hits, c.First, c.End))
                highlights.Add((sentence.Normalized.SourceOffset(start), sentence.Normalized.SourceOffset(start + length - 1) + 1));
            chosen.Add(Trim(sentence.Text, highlights, sentence.Section));
            TermNumbers.Union(shown, set);
        }
        var covered = 0;
        foreach (var word in query.Words)
            if (terms.Contains(matched, word))
                covered++;
        var coverage = query.Words.Count == 0 ? 0 : (double)covered / query.Words.Count;
        return (chosen, coverage);
    }

    /// <summary>A matched sentence: its hits are <c>hits[First..End)</c>, its terms the set at <c>sets[Set..]</c>.</summary>
    private readonly record struct Candidate(double Score, int Sentence, int First, int End, int Set);

    /// <summary>One occurrence of a query word's surface form in a sentence (offsets in its normalised text).</summary>
    private readonly record struct Hit(int Sentence, int Start, int Length, int Term);

    /// <summary>
    /// Every occurrence of every surface form in the playbook's sentences, ordered by sentence, then start, longer
    /// first: the order in which <see cref="MergedSpans"/> keeps the longest of overlapping matches.
    /// </summary>
    /// <remarks>
    /// One sort of plain structs, and per sentence a bit set of terms instead of lists and a set of strings: this runs
    /// for every result of every query (<c>serve</c> spent ~18% of its CPU in snippets before). The output is the same
    /// as grouping by sentence and sorting each sentence's spans (SnippetBuilderTests compares the two on the bundled
    /// playbooks); no two hits share sentence, start and length, since surfaces are distinct strings.
    /// </remarks>
    private static List<Hit> Hits(PreparedPlaybook prepared, IReadOnlyDictionary<string, string> surfaces, TermNumbers terms)
    {
        var hits = new List<Hit>();
        foreach (var (surface, term) in surfaces)
        {
            if (surface.Length == 0)
                continue;
            var number = terms.Of(term);
            var at = prepared.Joined.IndexOf(surface, StringComparison.Ordinal);
            while (at >= 0)
            {
                var sentence = Array.BinarySearch(prepared.Starts, at);
                if (sentence < 0)
                    sentence = ~sentence - 1; // the last sentence starting before the match
                hits.Add(new Hit(sentence, at - prepared.Starts[sentence], surface.Length, number));
                at = prepared.Joined.IndexOf(surface, at + surface.Length, StringComparison.Ordinal);
            }
        }
        hits.Sort(static (a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return hits;
    }

    /// <summary>
    /// The sentences holding any hit, in order, each scored by its distinct terms (weighted by section) and, a little,
    /// by its non-overlapping spans; <paramref name="sets"/> receives each one's term set.
    /// </summary>
    private static List<Candidate> Candidates(PreparedPlaybook prepared, List<Hit> hits, TermNumbers terms, out ulong[] sets)
    {
        var groups = 0;
        for (var i = 0; i < hits.Count; i++)
            if (i == 0 || hits[i].Sentence != hits[i - 1].Sentence)
                groups++;
        sets = new ulong[groups * terms.SetLength];
        var candidates = new List<Candidate>(groups);
        for (var first = 0; first < hits.Count;)
        {
            var sentence = hits[first].Sentence;
            var set = candidates.Count * terms.SetLength;
            var end = first;
            var spans = 0;
            var spanEnd = -1;
            for (; end < hits.Count && hits[end].Sentence == sentence; end++)
            {
                TermNumbers.Add(sets.AsSpan(set, terms.SetLength), hits[end].Term);
                if (hits[end].Start >= spanEnd)
                {
                    spans++;
                    spanEnd = hits[end].Start + hits[end].Length;
                }
            }
            var count = TermNumbers.Count(sets.AsSpan(set, terms.SetLength));
            candidates.Add(new Candidate(prepared.Sentences[sentence].Weight * count + 0.1 * spans, sentence, first, end, set));
            first = end;
        }
        return candidates;
    }

    /// <summary>The non-overlapping spans of <c>hits[first..end)</c> (one sentence), the longer kept where two start together or overlap.</summary>
    private static IEnumerable<(int Start, int Length)> MergedSpans(List<Hit> hits, int first, int end)
    {
        var spanEnd = -1;
        for (var i = first; i < end; i++)
            if (hits[i].Start >= spanEnd)
            {
                spanEnd = hits[i].Start + hits[i].Length;
                yield return (hits[i].Start, hits[i].Length);
            }
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
