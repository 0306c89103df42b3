using Icu;
using Playbooks.Search.Analysis;

namespace Playbooks.Cli.Output.Layout;

/// <summary>
/// Where a line of terminal text may wrap: the Unicode line-breaking algorithm (UAX #14) as ICU's line break
/// iterator implements it, so wrapping falls between Han characters and at spaces, never before closing punctuation
/// (。，、；：？！」』）》) nor after opening punctuation (「『（《), and never inside a Latin word or a number. One
/// rule is added on top: no break after a hyphen between letters or digits, because UAX #14 allows one there and our
/// ids (<c>live-stream-accident</c>) and dates must stay whole to be copied. Thread-safe: one iterator per thread.
/// </summary>
/// <remarks>
/// ICU is called directly (<see cref="IcuLineBreakIterator"/>), so printing search results does not initialise
/// icu.net (a cold start cost); icu.net's iterator, which gives the same boundaries, is the fallback.
/// </remarks>
internal static class LineBreakOpportunities
{
    [ThreadStatic]
    private static IcuLineBreakIterator? _direct;

    [ThreadStatic]
    private static BreakIterator? _icuNet;

    /// <summary>
    /// Offsets (UTF-16, ascending, each between 1 and <c>line.Length - 1</c>) at which a new line may begin.
    /// <paramref name="line"/> must hold no line feed: mandatory breaks are the caller's.
    /// </summary>
    public static List<int> Find(string line)
    {
        var breaks = new List<int>();
        if (line.Length < 2)
            return breaks;
        foreach (var at in Boundaries(line))
            if (at < line.Length && !InsideHyphenatedWord(line, at))
                breaks.Add(at);
        return breaks;
    }

    private static List<int> Boundaries(string line)
    {
        if ((_direct ??= IcuLineBreakIterator.TryCreate()) is { } direct)
            return direct.Boundaries(line);
        return BoundariesWithIcuNet(line);
    }

    /// <summary>The same boundaries through icu.net, where ICU cannot be called directly.</summary>
    internal static List<int> BoundariesWithIcuNet(string line)
    {
        if (_icuNet is null)
        {
            IcuRuntime.EnsureInitialised();
            _icuNet = BreakIterator.CreateLineInstance(new Locale("zh_CN"));
        }
        _icuNet.SetText(line);
        _icuNet.MoveFirst();
        var boundaries = new List<int>();
        for (var at = _icuNet.MoveNext(); at != BreakIterator.DONE && at > 0; at = _icuNet.MoveNext())
            boundaries.Add(at);
        return boundaries;
    }

    private static bool InsideHyphenatedWord(string line, int at) =>
        at >= 2 && line[at - 1] == '-' && char.IsAsciiLetterOrDigit(line[at - 2]) && char.IsAsciiLetterOrDigit(line[at]);
}
