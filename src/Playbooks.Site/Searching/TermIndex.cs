using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Playbooks.Core.Model;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Indexing;
using Playbooks.Search.Postings;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;

namespace Playbooks.Site.Searching;

/// <summary>
/// An in-memory copy of what the search index holds for each playbook: the analysed tokens of every field, per
/// representation, computed with the search engine's own <see cref="Analyzer"/> and field extraction
/// (<see cref="FieldExtractor"/>), exactly as <c>IndexRefresher</c> does. It feeds the browser search data and the
/// site's related-playbook lists (<see cref="Ranker"/>). Read-only once built; thread-safe.
/// </summary>
internal sealed class TermIndex
{
    /// <summary>
    /// Playbooks analysed in parallel before their tokens are merged into the postings. Merging chunk by chunk keeps
    /// only one chunk's per-playbook tables alive at a time: at 1 000 playbooks, keeping them all until the end cost
    /// a second of garbage collection.
    /// </summary>
    private const int ChunkSize = 64;


    private TermIndex(IReadOnlyList<Playbook> playbooks, IReadOnlyList<QueryTerms> similarityQueries, TermTable words, TermTable grams)
    {
        Playbooks = playbooks;
        SimilarityQueries = similarityQueries;
        Words = words;
        Grams = grams;
        Ranking = new RankingIndex(playbooks.Count, words, grams, new Lazy<TermTable>(() => SpellGrams(grams)))
        {
            Unwritten = playbooks.Select(p => !p.IsWritten).ToArray(),
            Folders = FolderGroups.Of(playbooks.Select(p => p.Path)),
        };
    }

    /// <summary>Incident playbooks in knowledge-base path order: the order the search index assigns row ids in.</summary>
    public IReadOnlyList<Playbook> Playbooks { get; }

    /// <summary>
    /// Per playbook, the query <c>SearchEngine.Similar</c> runs for it: the analysis of its title, tags, 风险源头, 激化情况
    /// and 背景 joined by line breaks, cut to the ranking's term limits.
    /// </summary>
    public IReadOnlyList<QueryTerms> SimilarityQueries { get; }

    public TermTable Words { get; }

    public TermTable Grams { get; }

    /// <summary>The bigrams spelled in pinyin; derived from <see cref="Grams"/> on first use (each bigram is one pinyin token).</summary>
    public TermTable Pinyin => Ranking.Pinyin;

    /// <summary>The tables as ranking reads them (<see cref="Ranker"/>).</summary>
    public RankingIndex Ranking { get; }

    public int Count => Playbooks.Count;

    /// <param name="playbooks">Valid playbooks; guides are skipped (they are not search results).</param>
    /// <param name="weights">Term limits of the similarity queries.</param>
    /// <param name="progress">Called with the number of playbooks analysed so far.</param>
    public static TermIndex Build(IEnumerable<Playbook> playbooks, Analyzer analyzer, RankingWeights weights, Action<int>? progress = null)
    {
        var ordered = playbooks.Where(p => p.Kind == PlaybookKind.Playbook).OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var words = new PostingsBuilder(ordered.Count);
        var grams = new PostingsBuilder(ordered.Count);
        var queries = new List<QueryTerms>(ordered.Count);
        foreach (var chunk in ordered.Select((playbook, doc) => (playbook, doc)).Chunk(ChunkSize))
        {
            var analysed = chunk.AsParallel().AsOrdered().Select(x => Analyse(x.playbook, analyzer, weights)).ToList();
            for (var i = 0; i < chunk.Length; i++)
            {
                words.Add(chunk[i].doc, analysed[i].Words);
                grams.Add(chunk[i].doc, analysed[i].Grams);
                queries.Add(analysed[i].Similarity);
            }
            progress?.Invoke(queries.Count);
        }
        return new TermIndex(ordered, queries, words.Build(), grams.Build());
    }

    private sealed record AnalysedPlaybook(DocumentTokens Words, DocumentTokens Grams, QueryTerms Similarity);

    /// <summary>The fields SearchEngine.Similar joins into its query text, in its order.</summary>
    private static readonly string[] SimilarityFields = [IndexedFields.Title, IndexedFields.Tags, IndexedFields.Risk, IndexedFields.Escalation, IndexedFields.Background];

    private static AnalysedPlaybook Analyse(Playbook playbook, Analyzer analyzer, RankingWeights weights)
    {
        var stored = FieldExtractor.Extract(playbook, playbook.Path);
        var analysis = DocumentAnalysis.Of(stored, analyzer);
        var similarity = Join(SimilarityFields.Select(f => (stored.Fields[f], analysis.Fields[f])));
        return new AnalysedPlaybook(analysis.Words, analysis.Grams, QueryTerms.From(similarity, analyzer.Lexicon, weights.MaxWordTerms, weights.MaxBigramTerms));
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

    /// <summary>Collects postings playbook by playbook, in ascending playbook order.</summary>
    private sealed class PostingsBuilder(int documents)
    {
        private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);
        private readonly int[] _lengths = new int[documents];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(int doc, DocumentTokens tokens)
        {
            _lengths[doc] = tokens.Length;
            foreach (var (token, counts) in tokens.Counts)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, token, out _);
                (list ??= []).Add(new Posting(doc, counts));
            }
        }

        public TermTable Build() =>
            new(_lengths, _postings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// The pinyin table: a spelling's postings are its bigrams' postings merged (节图 and 截图 both become jietu), as the
    /// search index derives them (PinyinPostings). Derived per spelling on first use, because a site build asks for a few hundred of
    /// the tens of thousands of spellings (merging them all cost most of a second at 1 000 playbooks).
    /// </summary>
    private static TermTable SpellGrams(TermTable grams)
    {
        var bySpelling = new Dictionary<string, List<PostingList>>(StringComparer.Ordinal);
        foreach (var (gram, list) in grams.Postings)
        {
            ref var lists = ref CollectionsMarshal.GetValueRefOrAddDefault(bySpelling, PinyinBigrams.Spell(gram), out _);
            (lists ??= []).Add(list);
        }
        return new TermTable(grams.Lengths, derive: spelling =>
            bySpelling.TryGetValue(spelling, out var lists) ? PinyinPostings.Merge(lists.Select(l => l.Postings).ToList()) : null);
    }
}
