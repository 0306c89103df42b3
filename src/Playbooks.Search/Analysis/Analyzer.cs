using Playbooks.Search.Lexicons;

namespace Playbooks.Search.Analysis;

/// <summary>
/// The analysis chain, used unchanged for indexing and for querying (a term can only match if both sides
/// produce it the same way). Pure composition of the stages, in this order:
/// <list type="number">
/// <item>normalise (before segmentation: ICU's dictionary is Simplified, and full-width digits must become numbers);</item>
/// <item>ICU word break, then lexicon merge (merging needs the raw ICU pieces, so it precedes filtering);</item>
/// <item>English words glossed in Chinese (ban → 封禁), before filtering so the glosses are folded like any word;</item>
/// <item>stop words (before synonyms, so a stop word is never folded into a meaningful canonical term);</item>
/// <item>synonym folding;</item>
/// <item>bigrams, computed from the normalised text independently of segmentation;</item>
/// <item>the bigrams spelled in pinyin, for homophone typos.</item>
/// </list>
/// Immutable and thread-safe once built; build one per lexicon and share it.
/// </summary>
public sealed class Analyzer : IDisposable
{
    private readonly TextNormalizer _normalizer;
    private readonly IcuWordSegmenter _segmenter;
    private readonly LexiconMerger _merger;
    private readonly EnglishGlossary _english;
    private readonly StopWordFilter _stopWords;
    private readonly SynonymFolder _synonyms;
    private readonly CjkBigrams _bigrams = new();
    private readonly Lazy<PinyinBigrams> _pinyin = new(() => new PinyinBigrams(PinyinTable.Shared));
    // Only in an index build (with a segmentation cache): each distinct piece's words as learning counts them, and its
    // terms as the writer stores them. Which one fills depends on what the analyzer is used for (learning or writing).
    private readonly PieceCache<Token[]>? _segmentedPieces;
    private readonly PieceCache<PieceTerms>? _termPieces;

    /// <summary>The room a piece cache takes when its first piece is kept, unless the segmentation cache already holds more.</summary>
    private const int MinCachedPieces = 1024;

    /// <summary>Bumped whenever a stage changes what it emits: indexes built by another version are rebuilt.</summary>
    public const int Version = 7;

    public Lexicon Lexicon { get; }

    /// <param name="segmentationCache">
    /// Shared by the analyzers of one index build, so text segmented while learning the vocabulary is not segmented
    /// again by the analysis that follows; null (queries, the site, ordinary refreshes) to keep nothing.
    /// </param>
    public Analyzer(Lexicon lexicon, TextNormalizer? normalizer = null, SegmentationCache? segmentationCache = null)
    {
        Lexicon = lexicon;
        _normalizer = normalizer ?? TextNormalizer.Shared;
        SegmentationCache = segmentationCache;
        _segmenter = new IcuWordSegmenter(segmentationCache);
        _merger = new LexiconMerger(lexicon.Words, lexicon.MaxWordLength);
        _english = new EnglishGlossary(lexicon.English);
        _stopWords = new StopWordFilter(lexicon.StopWords);
        _synonyms = new SynonymFolder(lexicon.Canonical);
        if (segmentationCache is not null)
        {
            // An analyzer made after learning (the writer's) meets the pieces learning kept: its caches take room for
            // them once. Each fills only if used (one of the two does), so the other costs nothing.
            var pieces = Math.Max(MinCachedPieces, segmentationCache.Pieces);
            _segmentedPieces = new PieceCache<Token[]>(segmentationCache.MaxCharacters, pieces);
            _termPieces = new PieceCache<PieceTerms>(segmentationCache.MaxCharacters, pieces);
        }
    }

    /// <summary>An analyzer with no domain lexicon (ICU segmentation only); for tests and tools.</summary>
    public static Analyzer WithoutLexicon() => new(Lexicon.Empty);

    public TextNormalizer Normalizer => _normalizer;

    /// <summary>The cache this analyzer segments through, for the analyzers derived from it in the same build.</summary>
    public SegmentationCache? SegmentationCache { get; }

    public AnalyzedText Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return AnalyzedText.Empty;
        var normalized = _normalizer.Normalize(text);
        var words = WordTokens(normalized.Text);
        var bigrams = _bigrams.Extract(normalized);
        return new AnalyzedText(
            words.ConvertAll(normalized.ToSource),
            bigrams.ConvertAll(normalized.ToSource),
            () => _pinyin.Value.Spell(bigrams).ConvertAll(normalized.ToSource));
    }

    /// <summary>
    /// The terms of <see cref="Analyze"/>'s words and bigrams, in the same order, appended to <paramref name="words"/> and
    /// <paramref name="bigrams"/>: what the index stores, which keeps no offsets. An index build analyses every field of
    /// every playbook, and mapping each token back to the source and keeping it in a token list was garbage the collector
    /// had to sweep (pinyin is not spelled here either: the writer spells each distinct bigram once).
    /// </summary>
    public void Terms(string? text, List<string> words, List<string> bigrams)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var normalized = _normalizer.Normalize(text).Text;
        if (_termPieces is null)
        {
            foreach (var word in WordTokens(normalized))
                words.Add(word.Term);
            _bigrams.ExtractTerms(normalized, bigrams);
            return;
        }
        // Piece by piece (PieceCache says why that is the same): a piece seen before costs one look-up.
        for (int start = 0, end; start < normalized.Length; start = end)
        {
            end = SegmentationPieces.PieceEnd(normalized, start);
            var terms = TermsOfPiece(normalized, start, end);
            words.AddRange(terms.Words);
            bigrams.AddRange(terms.Bigrams);
        }
    }

    /// <summary>
    /// <see cref="Terms"/> of <paramref name="text"/> as its pieces' terms, in order: in an index build the same object for
    /// every occurrence of a kept piece (<see cref="PieceTerms.Kept"/>), so what is derived from a piece's terms (the
    /// writer's term numbers) can be kept with it; otherwise the whole text as one piece.
    /// </summary>
    internal void TermPieces(string? text, List<PieceTerms> pieces)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var normalized = _normalizer.Normalize(text).Text;
        if (_termPieces is null)
        {
            pieces.Add(TermsOf(normalized, kept: false));
            return;
        }
        for (int start = 0, end; start < normalized.Length; start = end)
        {
            end = SegmentationPieces.PieceEnd(normalized, start);
            pieces.Add(TermsOfPiece(normalized, start, end));
        }
    }

    private PieceTerms TermsOfPiece(string normalized, int start, int end)
    {
        if (_termPieces!.Find(normalized.AsSpan(start, end - start)) is { } found)
            return found;
        var piece = normalized[start..end];
        return _termPieces.HasRoomFor(piece) ? _termPieces.Add(piece, TermsOf(piece, kept: true)) : TermsOf(piece, kept: false);
    }

    private PieceTerms TermsOf(string normalized, bool kept)
    {
        // In a build (pieces are cut) the text is one piece, segmented as such (from the cache, without copying its tokens).
        var tokens = _termPieces is not null ? PieceWordTokens(normalized) : WordTokens(normalized);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
            words[i] = tokens[i].Term;
        var bigrams = _pieceBigrams ??= [];
        bigrams.Clear();
        _bigrams.ExtractTerms(normalized, bigrams);
        return new PieceTerms(words, [.. bigrams], kept);
    }

    // Per thread, reused piece after piece in an index build: a piece's words and bigrams pass through these lists on
    // their way to the arrays kept for it (a new list per piece, grown and then copied, was about a quarter of what a
    // build allocated). Only the build path (pieces) uses them, never a caller's list.
    [ThreadStatic] private static List<Token>? _pieceWords;
    [ThreadStatic] private static List<string>? _pieceBigrams;

    /// <summary>
    /// <see cref="WordTokens"/> of one piece (<see cref="SegmentationPieces"/>) in this thread's <see cref="_pieceWords"/>,
    /// valid until the next call: ICU's tokens are read from the segmentation cache as it keeps them.
    /// </summary>
    private List<Token> PieceWordTokens(string piece) =>
        _synonyms.Fold(_stopWords.Filter(_english.Expand(MergedPiece(piece))));

    /// <summary><see cref="Segment"/>'s words of one piece in this thread's <see cref="_pieceWords"/>, valid until the next call.</summary>
    private List<Token> MergedPiece(string piece)
    {
        var words = _pieceWords ??= [];
        words.Clear();
        _merger.MergeInto(piece, _segmenter.SegmentPiece(piece), words);
        return words;
    }

    /// <summary>
    /// The word chain both <see cref="Analyze"/> and <see cref="Terms"/> run, in one place so the index and queries
    /// cannot drift apart: segmentation, lexicon re-cut, English glosses, stop words, synonym folding (offsets in the
    /// normalised text).
    /// </summary>
    private List<Token> WordTokens(string normalized) =>
        _synonyms.Fold(_stopWords.Filter(_english.Expand(_merger.Merge(normalized, _segmenter.Segment(normalized)))));

    /// <summary>
    /// Stages 1–2 only: the normalised text and its words as segmentation and the lexicon cut them, before stop
    /// words and synonyms (offsets in the normalised text). What vocabulary learning counts.
    /// </summary>
    public (string Normalized, List<Token> Words) Segment(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ("", []);
        var normalized = _normalizer.Normalize(text);
        return (normalized.Text, _merger.Merge(normalized.Text, _segmenter.Segment(normalized)));
    }

    /// <summary>
    /// <see cref="Segment"/>'s words of <paramref name="text"/>, appended to <paramref name="pieces"/> one array per piece
    /// (<see cref="SegmentationPieces"/>), offsets relative to the piece: no word touches a word of another piece, so the
    /// runs of adjacent words learning counts are the same. In an index build a piece seen before costs one look-up
    /// (its segmentation and re-cut are kept); otherwise the whole text is one piece.
    /// </summary>
    public void SegmentPieces(string? text, List<Token[]> pieces)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var normalized = _normalizer.Normalize(text).Text;
        if (_segmentedPieces is null)
        {
            pieces.Add([.. _merger.Merge(normalized, _segmenter.Segment(normalized))]);
            return;
        }
        for (int start = 0, end; start < normalized.Length; start = end)
        {
            end = SegmentationPieces.PieceEnd(normalized, start);
            pieces.Add(_segmentedPieces.Find(normalized.AsSpan(start, end - start)) ?? KeepSegmented(normalized[start..end]));
        }
    }

    private Token[] KeepSegmented(string piece) => _segmentedPieces!.Keep(piece, [.. MergedPiece(piece)]);

    /// <summary>Every stage's output for one text, for <c>playbooks analyze</c> (offsets in the normalised text).</summary>
    public AnalysisTrace Trace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new AnalysisTrace("", [], [], [], [], [], [], []);
        var normalized = _normalizer.Normalize(text);
        var segmented = _segmenter.Segment(normalized);
        var merged = _merger.Merge(normalized.Text, new List<Token>(segmented));
        var glossed = _english.Expand(new List<Token>(merged));
        var kept = _stopWords.Filter(new List<Token>(glossed));
        var folded = _synonyms.Fold(new List<Token>(kept));
        var bigrams = _bigrams.Extract(normalized);
        return new AnalysisTrace(normalized.Text, segmented, merged, glossed, kept, folded, bigrams, _pinyin.Value.Spell(bigrams));
    }

    /// <summary>Only the word terms, in order (duplicates kept).</summary>
    public IReadOnlyList<string> Words(string? text) => Analyze(text).Words.Select(t => t.Term).ToList();

    public void Dispose() => _segmenter.Dispose();
}
