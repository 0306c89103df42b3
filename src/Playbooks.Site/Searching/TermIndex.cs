using System.Runtime.CompilerServices;
using Playbooks.Core.Model;
using Playbooks.Search.Analysis;
using Playbooks.Search.Indexing;

namespace Playbooks.Site.Searching;

/// <summary>
/// An in-memory copy of what the search index holds for each playbook: the analysed tokens of every field, per
/// representation, computed with the search engine's own <see cref="Analyzer"/> and field extraction
/// (<see cref="FieldExtractor"/>), exactly as <c>IndexRefresher</c> does. It feeds the browser search data and the
/// site's related-playbook lists (<see cref="OfflineRanker"/>). Read-only once built; thread-safe.
/// </summary>
internal sealed class TermIndex
{
    private readonly Lazy<TermTable> _pinyin;

    private TermIndex(IReadOnlyList<Playbook> playbooks, IReadOnlyList<AnalyzedText> similarityTexts, TermTable words, TermTable grams)
    {
        Playbooks = playbooks;
        SimilarityTexts = similarityTexts;
        Words = words;
        Grams = grams;
        _pinyin = new Lazy<TermTable>(() => SpellGrams(grams));
    }

    /// <summary>Incident playbooks in knowledge-base path order: the order the search index assigns row ids in.</summary>
    public IReadOnlyList<Playbook> Playbooks { get; }

    /// <summary>
    /// Per playbook, the analysed text <c>SearchEngine.Similar</c> searches with: title, tags, 风险源头, 激化情况 and 背景,
    /// joined by line breaks.
    /// </summary>
    public IReadOnlyList<AnalyzedText> SimilarityTexts { get; }

    public TermTable Words { get; }

    public TermTable Grams { get; }

    /// <summary>The bigrams spelled in pinyin; derived from <see cref="Grams"/> on first use (each bigram is one pinyin token).</summary>
    public TermTable Pinyin => _pinyin.Value;

    public int Count => Playbooks.Count;

    /// <param name="playbooks">Valid incident playbooks (guides are not search results).</param>
    /// <param name="progress">Called with the number of playbooks analysed so far, from any thread.</param>
    public static TermIndex Build(IEnumerable<Playbook> playbooks, Analyzer analyzer, Action<int>? progress = null)
    {
        var ordered = playbooks.Where(p => p.Kind == PlaybookKind.Playbook).OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var done = 0;
        var analysed = ordered.AsParallel().AsOrdered().Select(playbook =>
        {
            var result = Analyse(playbook, analyzer);
            progress?.Invoke(Interlocked.Increment(ref done));
            return result;
        }).ToList();

        var words = Merge(analysed.Select(a => a.Words).ToList());
        var grams = Merge(analysed.Select(a => a.Grams).ToList());
        return new TermIndex(ordered, analysed.Select(a => a.SimilarityText).ToList(), words, grams);
    }

    private sealed record AnalysedPlaybook(DocumentTokens Words, DocumentTokens Grams, AnalyzedText SimilarityText);

    /// <summary>The fields SearchEngine.Similar joins into its query text, in its order.</summary>
    private static readonly string[] SimilarityFields = [IndexedFields.Title, IndexedFields.Tags, IndexedFields.Risk, IndexedFields.Escalation, IndexedFields.Background];

    private sealed class DocumentTokens
    {
        public Dictionary<string, FieldCounts> Counts { get; } = new(StringComparer.Ordinal);
        public int Length { get; set; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(string token, int field)
        {
            ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Counts, token, out _);
            if (counts[field] < ushort.MaxValue)
                counts[field]++; // a token repeated 65 535 times in one field of one file saturates; its score already has
            Length++;
        }
    }

    private static AnalysedPlaybook Analyse(Playbook playbook, Analyzer analyzer)
    {
        var stored = FieldExtractor.Extract(playbook, playbook.Path);
        var words = new DocumentTokens();
        var grams = new DocumentTokens();
        var tokens = new List<string>();
        var byField = new Dictionary<string, AnalyzedText>(StringComparer.Ordinal);
        for (var field = 0; field < IndexedFields.All.Count; field++)
        {
            var analysed = analyzer.Analyze(stored.Fields[IndexedFields.All[field]]);
            byField[IndexedFields.All[field]] = analysed;
            foreach (var term in analysed.Words)
            {
                FtsTokens.Split(term.Term, tokens);
                foreach (var token in tokens)
                    words.Add(token, field);
            }
            foreach (var term in analysed.Bigrams)
            {
                FtsTokens.Split(term.Term, tokens);
                foreach (var token in tokens)
                    grams.Add(token, field);
            }
        }
        return new AnalysedPlaybook(words, grams, Join(SimilarityFields.Select(f => (stored.Fields[f], byField[f]))));
    }

    /// <summary>
    /// The analysis of the fields' texts joined with "\n", built from the fields' own analyses instead of analysing
    /// the joined text again: a line break is a hard boundary for every stage (ICU breaks there, lexicon words and
    /// bigrams never span it), so only the offsets move.
    /// </summary>
    private static AnalyzedText Join(IEnumerable<(string Text, AnalyzedText Analysed)> fields)
    {
        var parts = new List<(int Offset, AnalyzedText Analysed)>();
        var offset = 0;
        foreach (var (text, analysed) in fields)
        {
            parts.Add((offset, analysed));
            offset += text.Length + 1;
        }
        static IEnumerable<Token> Shift(int offset, IEnumerable<Token> tokens) =>
            tokens.Select(t => t with { Start = t.Start + offset, End = t.End + offset });
        return new AnalyzedText(
            parts.SelectMany(p => Shift(p.Offset, p.Analysed.Words)).ToList(),
            parts.SelectMany(p => Shift(p.Offset, p.Analysed.Bigrams)).ToList(),
            // Pinyin stays deferred, as the analyzer defers it: only typo candidates need it.
            () => parts.SelectMany(p => Shift(p.Offset, p.Analysed.Pinyin)).ToList());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TermTable Merge(IReadOnlyList<DocumentTokens> documents)
    {
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var lengths = new int[documents.Count];
        for (var doc = 0; doc < documents.Count; doc++)
        {
            lengths[doc] = documents[doc].Length;
            foreach (var (token, counts) in documents[doc].Counts)
            {
                if (!postings.TryGetValue(token, out var list))
                    postings[token] = list = [];
                list.Add(new Posting(doc, counts));
            }
        }
        return new TermTable(postings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), lengths);
    }

    /// <summary>Bigram postings merged by spelling (节图 and 截图 both become jietu), as the pinyin table would hold them.</summary>
    private static TermTable SpellGrams(TermTable grams)
    {
        var spelled = new Dictionary<string, SortedDictionary<int, FieldCounts>>(StringComparer.Ordinal);
        foreach (var (gram, list) in grams.Postings)
        {
            var spelling = Spell(gram);
            if (!spelled.TryGetValue(spelling, out var byDoc))
                spelled[spelling] = byDoc = [];
            foreach (var posting in list.Postings)
            {
                var counts = byDoc.GetValueOrDefault(posting.Doc);
                for (var f = 0; f < FieldCounts.FieldCount; f++)
                    counts[f] = (ushort)Math.Min(ushort.MaxValue, counts[f] + posting.Counts[f]);
                byDoc[posting.Doc] = counts;
            }
        }
        var postings = spelled.ToDictionary(kv => kv.Key, kv => kv.Value.Select(p => new Posting(p.Key, p.Value)).ToArray(), StringComparer.Ordinal);
        return new TermTable(postings, grams.Lengths);
    }

    /// <summary>A bigram (or lone character) in toneless pinyin, as <c>PinyinBigrams</c> spells it.</summary>
    public static string Spell(string gram) => gram.Length switch
    {
        2 => string.Concat(PinyinTable.Shared.Of(gram[0]), PinyinTable.Shared.Of(gram[1])),
        1 => PinyinTable.Shared.Of(gram[0]),
        _ => gram,
    };
}
