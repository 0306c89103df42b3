using System.Text;
using Playbooks.Core.Parsing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Playbooks.Cli.Output.Layout;

/// <summary>
/// Spectre markup wrapped the way Chinese is written (<see cref="LineWrapper"/>) instead of Spectre's wrapping at
/// spaces, with an optional hanging indent: continuation lines start <see cref="HangingIndent"/> cells in, under the
/// text rather than under a label or list number. Works anywhere Spectre lays out renderables (panels, grids,
/// tables), whose column widths come from <see cref="Measure"/>: never narrower than the widest word, so a table
/// that has room keeps ids whole.
/// </summary>
internal sealed class WrappedText(string markup, int hangingIndent = 0) : IRenderable
{
    // Wide enough that Spectre's own wrapping never fires while markup is turned into styled runs.
    private const int Unbounded = 100_000;

    private (string Text, List<(int Start, Style Style)> Runs)? _styled;

    /// <summary>Cells of indentation for every line after the first.</summary>
    public int HangingIndent { get; } = hangingIndent;

    /// <summary>
    /// <paramref name="prefixMarkup"/> (a label, a list number, leading spaces) followed by
    /// <paramref name="bodyMarkup"/>, continuation lines aligned under the body.
    /// </summary>
    public static WrappedText Hanging(string prefixMarkup, string bodyMarkup) =>
        // Markup.Remove returns "" for a prefix of spaces only, which is an indent all the same.
        new(prefixMarkup + bodyMarkup, string.IsNullOrWhiteSpace(prefixMarkup) ? prefixMarkup.Length : Markup.Remove(prefixMarkup).GetCellWidth());

    /// <summary>Plain text (no markup), e.g. a Markdown section body.</summary>
    public static WrappedText Plain(string text, int hangingIndent = 0) => new(Markup.Escape(text), hangingIndent);

    public Measurement Measure(RenderOptions options, int maxWidth)
    {
        var text = Styled(options).Text;
        var widest = text.Split('\n').Max(line => line.TrimEnd(' ').GetCellWidth());
        var narrowest = LineWrapper.WidestWord(text) + HangingIndent;
        return new Measurement(Math.Min(narrowest, maxWidth), Math.Min(Math.Max(widest, narrowest), maxWidth));
    }

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var (text, runs) = Styled(options);
        var indent = Math.Min(HangingIndent, Math.Max(0, maxWidth - 1));
        var lines = LineWrapper.Wrap(text, maxWidth, maxWidth - indent);
        var segments = new List<Segment>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                segments.Add(Segment.LineBreak);
                if (indent > 0 && lines[i].End.Value > lines[i].Start.Value)
                    segments.Add(Segment.Padding(indent));
            }
            if (options.Justification is Justify.Right or Justify.Center)
            {
                var free = maxWidth - (i > 0 ? indent : 0) - text[lines[i]].GetCellWidth();
                var pad = options.Justification == Justify.Right ? free : free / 2;
                if (pad > 0)
                    segments.Add(Segment.Padding(pad));
            }
            AddLine(segments, text, runs, lines[i]);
        }
        return segments;
    }

    private static void AddLine(List<Segment> segments, string text, List<(int Start, Style Style)> runs, Range line)
    {
        var (lineStart, lineEnd) = (line.Start.Value, line.End.Value);
        for (var r = 0; r < runs.Count; r++)
        {
            var start = Math.Max(runs[r].Start, lineStart);
            var end = Math.Min(r + 1 < runs.Count ? runs[r + 1].Start : text.Length, lineEnd);
            if (start < end)
                segments.Add(new Segment(text[start..end], runs[r].Style));
        }
        // An empty line still counts as a line where Spectre stacks renderables (Rows, table cells).
        if (lineStart == lineEnd)
            segments.Add(Segment.Empty);
    }

    /// <summary>The markup as one plain string (line feeds kept) and the style starting at each offset.</summary>
    private (string Text, List<(int Start, Style Style)> Runs) Styled(RenderOptions options)
    {
        if (_styled is { } styled)
            return styled;
        var text = new StringBuilder();
        var runs = new List<(int Start, Style Style)>();
        // Unjustified: a right-aligned table column asks for Justify.Right, which would pad the markup to Unbounded.
        foreach (var segment in ((IRenderable)new Markup(markup)).Render(options with { Justification = null }, Unbounded))
        {
            if (segment.IsControlCode)
                continue;
            if (segment.IsLineBreak)
            {
                text.Append('\n');
                continue;
            }
            runs.Add((text.Length, segment.Style));
            // Neutralised before measuring, so a visible escape such as \u001b is wrapped like any other text.
            text.Append(ControlCharacters.Neutralize(segment.Text.Replace("\n", "")));
        }
        if (runs.Count == 0)
            runs.Add((0, Style.Plain));
        _styled = (text.ToString(), runs);
        return _styled.Value;
    }
}
