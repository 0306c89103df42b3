using System.Runtime.InteropServices;
using System.Text;
using Icu;

namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 2a: ICU word-break segmentation (dictionary-based for Chinese). Spaces, punctuation and symbols
/// (ICU rule status "none", which includes emoji) produce no token, and neither does a segment without a letter or
/// digit: the system's ICU calls "@" a word where the browser's (Intl.Segmenter) does not, and the site's search must
/// analyse a query as the CLI does. Thread-safe: one iterator per thread. With a <see cref="SegmentationCache"/>, text
/// is segmented piece by piece (<see cref="SegmentationPieces"/>), each distinct piece once, with the same tokens.
/// </summary>
/// <remarks>
/// The iterator is ICU's own, called directly (<see cref="IcuBreakFunctions"/> says why); where those functions cannot
/// be found, icu.net's iterator gives the same boundaries, more slowly.
/// </remarks>
public sealed unsafe class IcuWordSegmenter : IDisposable
{
    // ICU word rule-status ranges (ubrk.h): [0,100) none, [100,200) number, [200,300) letter, [300,400) kana, [400,500) ideographic.
    private const int FirstWordStatus = 100;

    private readonly ThreadLocal<NativeBreakIterator>? _native;
    private readonly ThreadLocal<RuleBasedBreakIterator>? _icuNet;
    private readonly SegmentationCache? _cache;

    /// <param name="cache">Where pieces of text already segmented are looked up and kept; null to segment every text whole.</param>
    public IcuWordSegmenter(SegmentationCache? cache = null) : this(useDirectBinding: true, cache)
    {
    }

    /// <param name="useDirectBinding">False to segment through icu.net even where the direct binding works (tests compare both).</param>
    internal IcuWordSegmenter(bool useDirectBinding, SegmentationCache? cache = null)
    {
        _cache = cache;
        if (useDirectBinding && IcuBreakFunctions.Load() is { } icu)
        {
            _native = new ThreadLocal<NativeBreakIterator>(
                () => new NativeBreakIterator(icu, NativeBreakIterator.WordBreaks), trackAllValues: true);
        }
        else
        {
            IcuRuntime.EnsureInitialised();
            _icuNet = new ThreadLocal<RuleBasedBreakIterator>(
                () => new RuleBasedBreakIterator(BreakIterator.UBreakIteratorType.WORD, new Locale("zh_CN")), trackAllValues: true);
        }
    }

    /// <summary>Whether segmentation calls ICU directly (false: through icu.net).</summary>
    internal bool UsesDirectBinding => _native is not null;

    public List<Token> Segment(NormalizedText text) => Segment(text.Text);

    /// <summary>The word tokens of <paramref name="text"/> (already normalised), with offsets in it.</summary>
    public List<Token> Segment(string text)
    {
        var tokens = new List<Token>();
        if (text.Length == 0)
            return tokens;
        if (_cache is null)
            return SegmentInto(text, tokens);
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = SegmentationPieces.PieceEnd(text, start);
            foreach (var token in SegmentPiece(text.AsSpan(start, end - start)))
                tokens.Add(new Token(token.Term, token.Start + start, token.End + start));
        }
        return tokens;
    }

    /// <summary>
    /// The tokens of one piece of text (<see cref="SegmentationPieces"/>: <paramref name="piece"/> holds no cut), as
    /// <see cref="Segment(string)"/> gives them, for reading only: with a cache, the very tokens it keeps for the piece,
    /// so an index build's analysis reads what learning segmented without copying it into a list.
    /// </summary>
    internal ReadOnlySpan<Token> SegmentPiece(ReadOnlySpan<char> piece)
    {
        if (piece.Length == 0)
            return [];
        if (_cache is not null && _cache.TryFind(piece, out var cached))
            return cached;
        var scratch = _scratch ??= [];
        scratch.Clear();
        SegmentInto(piece, scratch);
        if (_cache is not null && _cache.TryKeep(piece, CollectionsMarshal.AsSpan(scratch), out var kept))
            return kept;
        // Not kept: a copy, as the caller may segment another piece (on this thread, into the scratch list) before reading it.
        return scratch.ToArray();
    }

    // Per thread, reused piece after piece: ICU's tokens are gathered here and copied into the cache.
    [ThreadStatic] private static List<Token>? _scratch;

    private List<Token> SegmentInto(string text, List<Token> tokens) =>
        _native is null ? SegmentWithIcuNet(text, tokens) : SegmentInto(text.AsSpan(), tokens);

    private List<Token> SegmentInto(ReadOnlySpan<char> text, List<Token> tokens)
    {
        if (_native is null)
            return SegmentWithIcuNet(text.ToString(), tokens);
        var iterator = _native.Value!;
        fixed (char* chars = text)
        {
            // ICU keeps the pointer, not a copy: every boundary is read while the text is pinned.
            iterator.SetText(chars, text.Length);
            var start = 0;
            int end;
            while ((end = iterator.Next()) > start)
            {
                if (iterator.RuleStatus() >= FirstWordStatus && HasLetterOrDigit(text.Slice(start, end - start)))
                    tokens.Add(new Token(Term(text, start, end), start, end));
                start = end;
            }
        }
        return tokens;
    }

    private List<Token> SegmentWithIcuNet(string text, List<Token> tokens)
    {
        var iterator = _icuNet!.Value!;
        iterator.SetText(text);
        var start = iterator.MoveFirst();
        while (true)
        {
            var end = iterator.MoveNext();
            if (end == BreakIterator.DONE || end < 0)
                break;
            if (iterator.GetRuleStatus() >= FirstWordStatus && HasLetterOrDigit(text.AsSpan(start, end - start)))
                tokens.Add(new Token(text[start..end], start, end));
            start = end;
        }
        return tokens;
    }

    /// <summary>A token's characters: in an index build the cache's one string per distinct word, otherwise a new string.</summary>
    private string Term(ReadOnlySpan<char> text, int start, int end) =>
        _cache?.Term(text.Slice(start, end - start)) ?? text.Slice(start, end - start).ToString();

    private static bool HasLetterOrDigit(ReadOnlySpan<char> segment)
    {
        foreach (var rune in segment.EnumerateRunes())
            if (Rune.IsLetterOrDigit(rune))
                return true;
        return false;
    }

    public void Dispose()
    {
        if (_native is not null)
        {
            foreach (var iterator in _native.Values)
                iterator.Dispose();
            _native.Dispose();
        }
        if (_icuNet is not null)
        {
            foreach (var iterator in _icuNet.Values)
                iterator.Dispose();
            _icuNet.Dispose();
        }
    }
}
