using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// A full learning pass (<see cref="VocabularyLearner.Learn"/> without kept statistical words) split where its work is
/// per playbook: each <see cref="Range"/> segments and counts a contiguous run of playbooks' text and reads their
/// named terms, on whatever thread made those playbooks, and <see cref="Learn"/> merges the ranges in order and scores.
/// An index build counts each range on the thread that parsed it, so parsing and learning are one parallel pass with
/// no barrier between them. The words are those <see cref="VocabularyLearner.LearnWords"/> gives the same playbooks.
/// </summary>
/// <remarks>Ranges are independent (one thread each); the pass itself is read-only while they count.</remarks>
public sealed class LearningPass : IDisposable
{
    private Analyzer? _analyzer;
    private readonly CandidateGuard _guard;
    private long _characters;

    /// <param name="analyzer">
    /// The analyzer the index uses; learning segments with its lexicon files alone (as <see cref="VocabularyLearner.LearnWords"/>).
    /// </param>
    /// <param name="cache">The cache of segmented text to share with the analysis that follows (default: <paramref name="analyzer"/>'s).</param>
    /// <param name="characterCap">
    /// Past this many characters of counted text the pass stops counting: learning then samples (<see cref="LearningSample"/>),
    /// and <see cref="Learn"/> counts the sample itself.
    /// </param>
    public LearningPass(Analyzer analyzer, SegmentationCache? cache = null, long? characterCap = null)
    {
        _analyzer = new Analyzer(analyzer.Lexicon.WithLearned([]), analyzer.Normalizer, cache ?? analyzer.SegmentationCache);
        _guard = VocabularyLearner.GuardFor(_analyzer);
        CharacterCap = characterCap ?? LearningSample.CharacterCap;
    }

    /// <summary>The analyzer learning segments with: the lexicon files' words alone.</summary>
    /// <exception cref="ObjectDisposedException">The pass was disposed.</exception>
    public Analyzer Analyzer => _analyzer ?? throw new ObjectDisposedException(nameof(LearningPass));

    private long CharacterCap { get; }

    /// <summary>Whether the ranges still count: false once their text passed the sampling cap (then their counts go unused).</summary>
    private bool Counting => Interlocked.Read(ref _characters) <= CharacterCap;

    /// <summary>A new range: give it playbooks in order, and <see cref="Learn"/> the ranges in the order of their playbooks.</summary>
    public Range NewRange() => new(this);

    /// <summary>
    /// The words learned from <paramref name="playbooks"/>, from the counts of <paramref name="ranges"/> when they
    /// counted exactly these playbooks in this order and learning does not sample; otherwise counted afresh.
    /// </summary>
    public IReadOnlyList<LearnedWord> Learn(IReadOnlyList<StoredPlaybook> playbooks, IReadOnlyList<Range> ranges)
    {
        if (!Counting || !Covers(playbooks, ranges) || !LearningSample.Of(playbooks, CharacterCap).IsWhole)
            return VocabularyLearner.Learn(playbooks, Analyzer, characterCap: CharacterCap);
        var counted = ranges.Where(r => r.Playbooks.Count > 0).ToList();
        var statistics = counted.Count == 0 ? new NgramStatistics() : counted[0].Statistics;
        if (counted.Count > 1)
            statistics.Merge(counted.Skip(1).Select(r => r.Statistics).ToList());
        return VocabularyLearner.Learn(playbooks, _guard, statistics, [.. ranges.SelectMany(r => r.Named)], null, null);
    }

    private static bool Covers(IReadOnlyList<StoredPlaybook> playbooks, IReadOnlyList<Range> ranges)
    {
        var i = 0;
        foreach (var range in ranges)
            foreach (var playbook in range.Playbooks)
                if (i >= playbooks.Count || !ReferenceEquals(playbooks[i++], playbook))
                    return false;
        return i == playbooks.Count;
    }

    /// <summary>Releases the learning analyzer, and with it the segmented pieces it kept (a build drops them before writing).</summary>
    public void Dispose()
    {
        _analyzer?.Dispose();
        _analyzer = null;
    }

    /// <summary>The counts of one contiguous run of playbooks. Not thread-safe: one thread adds to it.</summary>
    public sealed class Range
    {
        private readonly LearningPass _pass;
        private readonly List<Token[]> _pieces = [];

        internal Range(LearningPass pass)
        {
            _pass = pass;
            Statistics = new NgramStatistics(reusePieces: pass.Analyzer.SegmentationCache is not null);
        }

        internal NgramStatistics Statistics { get; }
        internal List<StoredPlaybook> Playbooks { get; } = [];
        internal List<VocabularyLearner.Named> Named { get; } = [];

        /// <summary>
        /// Counts <paramref name="playbook"/>, numbered <paramref name="doc"/>: any number greater than the previous
        /// playbook's in this range and, across ranges, in the order the ranges are given to <see cref="Learn"/>.
        /// </summary>
        public void Add(int doc, StoredPlaybook playbook)
        {
            Playbooks.Add(playbook);
            Named.Add(VocabularyLearner.NamedTerms(playbook, _pass.Analyzer, _pass._guard));
            // Past the cap the counts go unused (Learn samples): stop spending on them.
            if (Interlocked.Add(ref _pass._characters, LearningSample.CharactersOf(playbook)) > _pass.CharacterCap)
                return;
            VocabularyLearner.Count(Statistics, doc, playbook, _pass.Analyzer, _pieces);
        }
    }
}
