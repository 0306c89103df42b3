using System.Text.RegularExpressions;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// Learns analysis words from a knowledge base's own playbooks, so another team's folder without a lexicon still
/// keeps its domain words whole. Three explicit sources (what authors marked as terms) and one statistical one:
/// <list type="number">
/// <item>tags: each tag is a word;</item>
/// <item>bold text: the role heading a handling step (**社群助教（2 分钟内）** → 社群助教);</item>
/// <item>titles: short phrases between punctuation that occur at least twice in titles and tags;</item>
/// <item>statistics: runs of 2–3 words that are frequent, cohesive and free at both ends (<see cref="NgramStatistics"/>),
/// counted on every playbook's text, or on a sample of it in a very large knowledge base (<see cref="LearningSample"/>).</item>
/// </list>
/// Every candidate first passes <see cref="CandidateGuard"/>. The input analyzer must be the one built from the
/// lexicon files alone, so learning does not feed on its own output. Pure and deterministic: the same playbooks
/// give the same words in the same order, whether the index or the site learns them.
/// </summary>
public static partial class VocabularyLearner
{
    /// <summary>A statistical word occurs at least this often, in at least <see cref="MinDocuments"/> playbooks.</summary>
    public const int MinCount = 4;
    public const int MinDocuments = 2;
    /// <summary>
    /// Minimum cohesion (PMI, nats): the parts occur together at least e³ ≈ 20 times more often than chance. Chosen
    /// by reading the candidates of the bundled knowledge base, not by ranking results.
    /// </summary>
    public const double MinCohesion = 3.0;
    /// <summary>Minimum branching entropy (nats) on either side: at least about e ≈ 2.7 different neighbours' worth.</summary>
    public const double MinEntropy = 1.0;
    /// <summary>A title phrase must occur this often in titles and tags to be a word rather than a one-off phrase.</summary>
    public const int MinTitleCount = 2;

    /// <param name="statisticalWords">
    /// When given, the statistical words to keep instead of counting every playbook's full text again: the cheap mode
    /// of an ordinary refresh, which re-reads only titles, tags and bold text (a few words a playbook). A full re-index
    /// passes null and learns the statistical words afresh.
    /// </param>
    /// <param name="characterCap">
    /// Past this many characters of text, statistics are counted on a sample (<see cref="LearningSample"/>; default
    /// <see cref="LearningSample.CharacterCap"/>); the explicit sources are always read from every playbook.
    /// </param>
    public static IReadOnlyList<LearnedWord> Learn(IEnumerable<StoredPlaybook> playbooks, Analyzer analyzer,
        IReadOnlyCollection<string>? statisticalWords = null, long? characterCap = null)
    {
        var guard = GuardFor(analyzer);
        var list = playbooks as IReadOnlyList<StoredPlaybook> ?? playbooks.ToList();
        var sample = statisticalWords is null ? LearningSample.Of(list, characterCap) : null;
        var statistics = sample is null ? new NgramStatistics() : CountInParallel(sample.Playbooks, analyzer);
        // Segmenting what authors named is independent per playbook, so it runs on every core (an ordinary refresh does
        // little else); counting it and keeping each term's first source follow in playbook order.
        var namedTerms = list.AsParallel().AsOrdered().Select(playbook => NamedTerms(playbook, analyzer, guard)).ToList();
        return Learn(list, guard, statistics, namedTerms, statisticalWords, sample);
    }

    /// <summary>
    /// The words of <paramref name="list"/> from its counted text (<paramref name="statistics"/>, of
    /// <paramref name="sample"/>'s playbooks) and each playbook's <paramref name="namedTerms"/>, in playbook order.
    /// </summary>
    internal static IReadOnlyList<LearnedWord> Learn(IReadOnlyList<StoredPlaybook> list, CandidateGuard guard, NgramStatistics statistics,
        IReadOnlyList<Named> namedTerms, IReadOnlyCollection<string>? statisticalWords, LearningSample? sample)
    {
        // Title phrases are counted among what authors named (titles, tags, bold), so both modes agree on them.
        var named = new NgramStatistics();
        var explicitWords = new Dictionary<string, WordSource>(StringComparer.Ordinal);
        for (var doc = 0; doc < list.Count; doc++)
        {
            named.Add(doc, namedTerms[doc].Runs);
            foreach (var (word, source) in namedTerms[doc].Words)
                if (!explicitWords.TryGetValue(word, out var known) || source < known)
                    explicitWords[word] = source;
        }

        var learned = new Dictionary<string, LearnedWord>(StringComparer.Ordinal);
        // An explicit word's figures are those of the text counted: the sample's, when learning sampled.
        foreach (var (word, source) in explicitWords)
        {
            var (count, documents) = statisticalWords is null ? statistics.Occurrences(word) : named.Occurrences(word);
            if (source != WordSource.Title || named.Occurrences(word).Count >= MinTitleCount)
                learned[word] = new LearnedWord(word, source, count, documents, 0, 0);
        }
        if (statisticalWords is not null)
            foreach (var word in statisticalWords)
                learned.TryAdd(word, new LearnedWord(word, WordSource.Statistics, 0, 0, 0, 0));
        else
            foreach (var ngram in statistics.Scored(sample?.Scale(MinCount, MinDocuments) ?? MinCount, MinDocuments))
                if (!learned.ContainsKey(ngram.Word) && ngram.Cohesion >= MinCohesion && ngram.Entropy >= MinEntropy
                    && ngram.Parts.All(CharClass.AllHan) && JoinsAFragment(ngram.Parts) && guard.Accepts(ngram.Parts))
                    learned[ngram.Word] = new LearnedWord(ngram.Word, WordSource.Statistics, ngram.Count, ngram.Documents,
                        Math.Round(ngram.Cohesion, 2), Math.Round(ngram.Entropy, 2));
        return learned.Values.OrderBy(w => w.Source).ThenBy(w => w.Word, StringComparer.Ordinal).ToList();
    }

    /// <summary>The guard of candidates for words learned with <paramref name="analyzer"/>'s stop words and synonyms.</summary>
    internal static CandidateGuard GuardFor(Analyzer analyzer) =>
        new(analyzer.Lexicon.StopWords, analyzer.Lexicon.SynonymGroups.SelectMany(g => g).ToHashSet(StringComparer.Ordinal));

    /// <summary>What one playbook's author named: its title and tags as runs of words, and the terms that may be words.</summary>
    internal sealed record Named(List<string[]> Runs, List<(string Word, WordSource Source)> Words);

    /// <summary>
    /// A playbook's title and tags as runs of words (what title phrases are counted in), and the terms its author named
    /// that may be words, with their sources, in the order met.
    /// </summary>
    internal static Named NamedTerms(StoredPlaybook playbook, Analyzer analyzer, CandidateGuard guard)
    {
        var runs = WordRuns.Of(analyzer, playbook.Title);
        var words = new List<(string, WordSource)>();
        foreach (var tag in playbook.Tags)
        {
            var tagRuns = WordRuns.Of(analyzer, tag);
            runs.AddRange(tagRuns);
            Offer(tagRuns, WordSource.Tag);
        }
        foreach (var bold in playbook.BoldTerms)
            Offer(WordRuns.Of(analyzer, Parenthetical().Replace(bold, "")), WordSource.Bold);
        foreach (var phrase in TitlePhrase().Split(playbook.Title))
            Offer(WordRuns.Of(analyzer, phrase), WordSource.Title);
        return new Named(runs, words);

        // An explicit term is a word when it is one run of 2–3 words the guard accepts (a single word needs no learning).
        void Offer(List<string[]> termRuns, WordSource source)
        {
            if (termRuns.Count == 1 && JoinsAFragment(termRuns[0]) && guard.Accepts(termRuns[0]))
                words.Add((string.Concat(termRuns[0]), source));
        }
    }

    /// <summary>A range counted on one thread has at least this many playbooks: fewer would cost more to merge than to count.</summary>
    private const int MinRangeSize = 64;

    /// <summary>
    /// Every playbook's full text, segmented and counted: most of a full re-index's learning, and independent per
    /// playbook, so contiguous ranges are counted in parallel and merged in playbook order (the same counts as one pass).
    /// </summary>
    private static NgramStatistics CountInParallel(IReadOnlyList<StoredPlaybook> playbooks, Analyzer analyzer)
    {
        var ranges = Math.Clamp(playbooks.Count / MinRangeSize, 1, Environment.ProcessorCount * 4);
        var counted = Enumerable.Range(0, ranges).AsParallel().AsOrdered().Select(range =>
        {
            var statistics = new NgramStatistics(reusePieces: analyzer.SegmentationCache is not null);
            var pieces = new List<Token[]>();
            for (var doc = range * playbooks.Count / ranges; doc < (range + 1) * playbooks.Count / ranges; doc++)
                Count(statistics, doc, playbooks[doc], analyzer, pieces);
            return statistics;
        }).ToList();
        counted[0].Merge(counted[1..]);
        return counted[0];
    }

    /// <summary>Segments <paramref name="playbook"/>'s fields and counts them as playbook <paramref name="doc"/> (<paramref name="pieces"/>: a list to reuse).</summary>
    internal static void Count(NgramStatistics statistics, int doc, StoredPlaybook playbook, Analyzer analyzer, List<Token[]> pieces)
    {
        foreach (var text in playbook.Fields.Values)
        {
            // Piece by piece: in an index build a piece seen before (a repeated sentence) is not segmented again.
            pieces.Clear();
            analyzer.SegmentPieces(text, pieces);
            foreach (var piece in pieces)
                statistics.AddPiece(doc, piece);
        }
    }

    /// <summary>
    /// A learned word replaces its parts in analysis, like any lexicon word. That recovers a word only where the
    /// segmenter left a single-character fragment (炸|群 → 炸群); a run of whole words (冒充|老师) is already matched
    /// word by word, and joining it would hide 冒充 and 老师 from every query that says them apart.
    /// </summary>
    private static bool JoinsAFragment(IReadOnlyList<string> parts) => parts.Any(p => p.Length == 1);

    /// <summary>
    /// The words <see cref="Learn"/> gives for <paramref name="playbooks"/>, whatever <paramref name="analyzer"/> already
    /// learned: learning always segments with the lexicon files alone, so it never feeds on its own output.
    /// </summary>
    public static IReadOnlyList<LearnedWord> LearnWords(IEnumerable<StoredPlaybook> playbooks, Analyzer analyzer, IReadOnlyCollection<string>? statisticalWords = null)
    {
        var fromFiles = analyzer.Lexicon.WithLearned([]);
        using var learner = fromFiles == analyzer.Lexicon ? null : new Analyzer(fromFiles, analyzer.Normalizer, analyzer.SegmentationCache);
        return Learn(playbooks, learner ?? analyzer, statisticalWords);
    }

    /// <summary>
    /// An analyzer with <paramref name="analyzer"/>'s lexicon files plus the words learned from <paramref name="playbooks"/>:
    /// what an index built from them analyses with. The caller disposes it.
    /// </summary>
    public static Analyzer AnalyzerFor(IEnumerable<StoredPlaybook> playbooks, Analyzer analyzer) =>
        new(analyzer.Lexicon.WithLearned(LearnWords(playbooks, analyzer).Select(w => w.Word).ToList()), analyzer.Normalizer, analyzer.SegmentationCache);

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex TitlePhrase();
}
