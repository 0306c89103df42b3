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
internal static class LineBreakOpportunities
{
    [ThreadStatic]
    private static BreakIterator? _iterator;

    /// <summary>
    /// Offsets (UTF-16, ascending, each between 1 and <c>line.Length - 1</c>) at which a new line may begin.
    /// <paramref name="line"/> must hold no line feed: mandatory breaks are the caller's.
    /// </summary>
    public static List<int> Find(string line)
    {
        var breaks = new List<int>();
        if (line.Length < 2)
            return breaks;
        var iterator = _iterator ??= CreateIterator();
        iterator.SetText(line);
        iterator.MoveFirst();
        for (var at = iterator.MoveNext(); at != BreakIterator.DONE && at > 0 && at < line.Length; at = iterator.MoveNext())
            if (!InsideHyphenatedWord(line, at))
                breaks.Add(at);
        return breaks;
    }

    private static BreakIterator CreateIterator()
    {
        IcuRuntime.EnsureInitialised();
        return BreakIterator.CreateLineInstance(new Locale("zh_CN"));
    }

    private static bool InsideHyphenatedWord(string line, int at) =>
        at >= 2 && line[at - 1] == '-' && char.IsAsciiLetterOrDigit(line[at - 2]) && char.IsAsciiLetterOrDigit(line[at]);
}
