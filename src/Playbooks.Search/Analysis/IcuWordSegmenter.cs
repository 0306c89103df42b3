using System.Text;
using Icu;

namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 2a: ICU word-break segmentation (dictionary-based for Chinese). Spaces, punctuation and symbols
/// (ICU rule status "none", which includes emoji) produce no token, and neither does a segment without a letter or
/// digit: the system's ICU calls "@" a word where the browser's (Intl.Segmenter) does not, and the site's search must
/// analyse a query as the CLI does. Thread-safe: one iterator per thread.
/// </summary>
public sealed class IcuWordSegmenter : IDisposable
{
    // ICU word rule-status ranges (ubrk.h): [0,100) none, [100,200) number, [200,300) letter, [300,400) kana, [400,500) ideographic.
    private const int FirstWordStatus = 100;

    private readonly ThreadLocal<RuleBasedBreakIterator> _iterators;

    public IcuWordSegmenter()
    {
        IcuRuntime.EnsureInitialised();
        _iterators = new ThreadLocal<RuleBasedBreakIterator>(
            () => new RuleBasedBreakIterator(BreakIterator.UBreakIteratorType.WORD, new Locale("zh_CN")), trackAllValues: true);
    }

    public List<Token> Segment(NormalizedText text)
    {
        var tokens = new List<Token>();
        if (text.Text.Length == 0)
            return tokens;
        var iterator = _iterators.Value!;
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
        foreach (var iterator in _iterators.Values)
            iterator.Dispose();
        _iterators.Dispose();
    }
}
