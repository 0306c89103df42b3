using Spectre.Console;

namespace Playbooks.Cli.Output.Layout;

/// <summary>
/// Greedy wrapping of plain text into lines no wider than a number of terminal cells, at the break opportunities of
/// <see cref="LineBreakOpportunities"/>. Widths are Spectre's cell counts (East Asian wide characters take 2 cells),
/// the same counts its panels and tables pad with, so borders line up. Spectre's own wrapping breaks only at spaces,
/// which is why this exists; the greedy fill itself is a few lines and needs no library.
/// </summary>
internal static class LineWrapper
{
    /// <summary>
    /// The lines of <paramref name="text"/> as ranges into it, trailing spaces left out. A line feed always ends a line.
    /// The first line may be <paramref name="firstWidth"/> cells wide, the others <paramref name="restWidth"/>. A word
    /// wider than the line (an id in a very narrow column) is the only thing ever cut between two characters.
    /// </summary>
    public static List<Range> Wrap(string text, int firstWidth, int restWidth)
    {
        var lines = new List<Range>();
        var lineStart = 0;
        foreach (var hardLine in text.Split('\n'))
        {
            WrapHardLine(text, lineStart, hardLine, lines, lines.Count == 0 ? firstWidth : restWidth, restWidth);
            lineStart += hardLine.Length + 1;
        }
        return lines;
    }

    /// <summary>The widest word of <paramref name="text"/> in cells: the narrowest it can be wrapped without cutting one.</summary>
    public static int WidestWord(string text)
    {
        var widest = 0;
        foreach (var hardLine in text.Split('\n'))
            foreach (var (start, end) in Words(hardLine))
                widest = Math.Max(widest, hardLine[start..end].TrimEnd(' ').GetCellWidth());
        return widest;
    }

    private static void WrapHardLine(string text, int offset, string line, List<Range> lines, int firstWidth, int restWidth)
    {
        var width = Math.Max(1, firstWidth);
        var start = 0;
        var used = 0;
        foreach (var (wordStart, wordEnd) in Words(line))
        {
            var word = line[wordStart..wordEnd];
            var visible = word.TrimEnd(' ').GetCellWidth();
            if (used + visible > width && line[start..wordStart].Trim().Length > 0)
            {
                lines.Add(Trimmed(text, offset + start, offset + wordStart));
                start = wordStart;
                used = 0;
                width = Math.Max(1, restWidth);
            }
            while (line[start..wordEnd].TrimEnd(' ').GetCellWidth() > width)
            {
                // Only a word wider than the whole line gets here: cut it where the line is full.
                var cut = FitPrefix(line, start, wordEnd, width);
                lines.Add(Trimmed(text, offset + start, offset + cut));
                start = cut;
                width = Math.Max(1, restWidth);
            }
            used = line[start..wordEnd].GetCellWidth();
        }
        lines.Add(Trimmed(text, offset + start, offset + line.Length));
    }

    private static IEnumerable<(int Start, int End)> Words(string line)
    {
        var start = 0;
        foreach (var at in LineBreakOpportunities.Find(line))
        {
            yield return (start, at);
            start = at;
        }
        yield return (start, line.Length);
    }

    /// <summary>The end of the longest run from <paramref name="start"/> that fits in <paramref name="cells"/>, at least one character.</summary>
    private static int FitPrefix(string line, int start, int end, int cells)
    {
        var at = start;
        var used = 0;
        while (at < end)
        {
            var next = char.IsHighSurrogate(line[at]) && at + 1 < end ? at + 2 : at + 1;
            var width = line[at..next].GetCellWidth();
            if (used + width > cells && at > start)
                break;
            used += width;
            at = next;
        }
        return at;
    }

    private static Range Trimmed(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
            end--;
        return start..end;
    }
}
