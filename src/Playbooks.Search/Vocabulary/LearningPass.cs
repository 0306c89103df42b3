using System.Collections.Concurrent;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// A full learning pass (<see cref="VocabularyLearner.Learn"/> without kept statistical words) split where its work is
/// per playbook: each <see cref="Range"/> segments and counts a contiguous run of playbooks' text and reads their
/// named terms, on whatever thread made those playbooks, and <see cref="Learn"/> scores what the ranges counted. An
/// index build counts each range on the thread that parsed it, so parsing and learning are one parallel pass with no
/// barrier between them. The words are those <see cref="VocabularyLearner.LearnWords"/> gives the same playbooks.
/// </summary>
/// <remarks>
/// Ranges are counted one thread each, in any order; each range's counts join the pass's, in range order, as soon as
/// every range before it is complete (<see cref="Range.Complete"/>), on the thread that completed one: so merging runs
/// beside the counting of later ranges instead of after the last one.
/// </remarks>
public sealed class LearningPass : IDisposable
{
    private Analyzer? _analyzer;
    private readonly CandidateGuard _guard;
    private readonly List<Range> _ranges = [];
    private readonly Lock _merging = new();
    // The counts of ranges 0 … _merged − 1, merged in order (null until the first range is merged).
    private NgramStatistics? _statistics;
    // Counters of ranges whose tables were merged into _statistics: a range started later counts into their tables.
    private readonly ConcurrentStack<NgramStatistics> _spent = new();
    private int _merged;
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

    /// <summary>
    /// A new range, after those made before it: give it playbooks in order, and make the ranges in the order of their
    /// playbooks. Make every range before any of them is counted (not thread-safe).
    /// </summary>
    public Range NewRange()
    {
        var range = new Range(this);
        _ranges.Add(range);
        return range;
    }

    /// <summary>
    /// The words learned from <paramref name="playbooks"/>, from the ranges' counts when they counted exactly these
    /// playbooks in this order, all complete, and learning does not sample; otherwise counted afresh.
    /// </summary>
    public IReadOnlyList<LearnedWord> Learn(IReadOnlyList<StoredPlaybook> playbooks)
    {
        MergeCompleted();
        if (!Counting || _merged < _ranges.Count || !Covers(playbooks) || !LearningSample.Of(playbooks, CharacterCap).IsWhole)
            return VocabularyLearner.Learn(playbooks, Analyzer, characterCap: CharacterCap);
        var statistics = _statistics ?? new NgramStatistics();
        statistics.MergePositions();
        return VocabularyLearner.Learn(playbooks, _guard, statistics, [.. _ranges.SelectMany(r => r.Named)], null, null);
    }

    private bool Covers(IReadOnlyList<StoredPlaybook> playbooks)
    {
        var i = 0;
        foreach (var range in _ranges)
            foreach (var playbook in range.Playbooks)
                if (i >= playbooks.Count || !ReferenceEquals(playbooks[i++], playbook))
                    return false;
        return i == playbooks.Count;
    }

    /// <summary>
    /// Merges the complete ranges that follow the merged ones, in order. A thread that finds another merging leaves
    /// the work to it, which looks again after letting go, so a range completed meanwhile is never left behind.
    /// </summary>
    private void MergeCompleted()
    {
        while (Next() is not null)
        {
            if (!_merging.TryEnter())
                return;
            try
            {
                while (Next() is { } range)
                {
                    // The tables now, in order; the positions, which take no look-ups, all at once and in parallel by Learn.
                    var counted = range.Statistics ?? NewCounter();
                    if (_statistics is null)
                        _statistics = counted;
                    else if (Counting)
                    {
                        _statistics.MergeTables(counted);
                        _spent.Push(counted);
                    }
                    range.Statistics = null;
                    Volatile.Write(ref _merged, _merged + 1);
                }
            }
            finally
            {
                _merging.Exit();
            }
        }

        Range? Next()
        {
            var next = Volatile.Read(ref _merged);
            return next < _ranges.Count && Volatile.Read(ref _ranges[next].Completed) ? _ranges[next] : null;
        }
    }

    /// <summary>A counter for a range: in the tables of a merged range's when one is free, otherwise new.</summary>
    private NgramStatistics NewCounter() =>
        _spent.TryPop(out var merged) ? new NgramStatistics(merged) : new NgramStatistics(reusePieces: Analyzer.SegmentationCache is not null);

    /// <summary>Releases the learning analyzer and the counts, and with them the segmented pieces the analyzer kept.</summary>
    public void Dispose()
    {
        _analyzer?.Dispose();
        _analyzer = null;
        _statistics = null;
    }

    /// <summary>The counts of one contiguous run of playbooks. Not thread-safe: one thread adds to it.</summary>
    public sealed class Range
    {
        private readonly LearningPass _pass;
        private readonly List<Token[]> _pieces = [];
        internal bool Completed;

        internal Range(LearningPass pass) => _pass = pass;

        /// <summary>The range's counts: made when it counts its first playbook, so that it can take a merged range's tables.</summary>
        internal NgramStatistics? Statistics { get; set; }
        internal List<StoredPlaybook> Playbooks { get; } = [];
        internal List<VocabularyLearner.Named> Named { get; } = [];

        /// <summary>
        /// Counts <paramref name="playbook"/>, numbered <paramref name="doc"/>: any number greater than the previous
        /// playbook's in this range and than those of the ranges made before this one.
        /// </summary>
        public void Add(int doc, StoredPlaybook playbook)
        {
            Playbooks.Add(playbook);
            Named.Add(VocabularyLearner.NamedTerms(playbook, _pass.Analyzer, _pass._guard));
            // Past the cap the counts go unused (Learn samples): stop spending on them.
            if (Interlocked.Add(ref _pass._characters, LearningSample.CharactersOf(playbook)) > _pass.CharacterCap)
                return;
            VocabularyLearner.Count(Statistics ??= _pass.NewCounter(), doc, playbook, _pass.Analyzer, _pieces);
        }

        /// <summary>Marks the range counted; its counts join the pass's now if every range before it has (on this thread).</summary>
        public void Complete()
        {
            Volatile.Write(ref Completed, true);
            _pass.MergeCompleted();
        }
    }
}
