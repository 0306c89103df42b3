using System.Text;
using Icu;

namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 2a: ICU word-break segmentation (dictionary-based for Chinese). Spaces, punctuation and symbols
/// (ICU rule status "none", which includes emoji) produce no token, and neither does a segment without a letter or
/// digit: the system's ICU calls "@" a word where the browser's (Intl.Segmenter) does not, and the site's search must
/// analyse a query as the CLI does. Thread-safe: one iterator per thread.
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

    public IcuWordSegmenter() : this(useDirectBinding: true)
    {
    }

    /// <param name="useDirectBinding">False to segment through icu.net even where the direct binding works (tests compare both).</param>
    internal IcuWordSegmenter(bool useDirectBinding)
    {
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

    public List<Token> Segment(NormalizedText text)
    {
        var tokens = new List<Token>();
        if (text.Text.Length == 0)
            return tokens;
        if (_native is null)
            return SegmentWithIcuNet(text, tokens);
        var iterator = _native.Value!;
        fixed (char* chars = text.Text)
        {
            // ICU keeps the pointer, not a copy: every boundary is read while the text is pinned.
            iterator.SetText(chars, text.Text.Length);
            var start = 0;
            int end;
            while ((end = iterator.Next()) > start)
            {
                if (iterator.RuleStatus() >= FirstWordStatus && HasLetterOrDigit(text.Text.AsSpan(start, end - start)))
                    tokens.Add(text.TokenAt(start, end));
                start = end;
            }
        }
        return tokens;
    }

    private List<Token> SegmentWithIcuNet(NormalizedText text, List<Token> tokens)
    {
        var iterator = _icuNet!.Value!;
        iterator.SetText(text.Text);
        var start = iterator.MoveFirst();
        while (true)
        {
            var end = iterator.MoveNext();
            if (end == BreakIterator.DONE || end < 0)
                break;
            if (iterator.GetRuleStatus() >= FirstWordStatus && HasLetterOrDigit(text.Text.AsSpan(start, end - start)))
                tokens.Add(text.TokenAt(start, end));
            start = end;
        }
        return tokens;
    }

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
