using Spectre.Console;
using Spectre.Console.Rendering;

namespace Playbooks.Cli.Output.Layout;

/// <summary>
/// A table when every column fits whole, otherwise one record per row stacked as lines. Spectre's own column sizing
/// (ported from Rich) shrinks the widest columns below their widest word, which is how ids came out cut
/// (<c>live-stream-acciden</c>/<c>t</c>); here <see cref="ColumnRole.Whole"/> columns (ids, dates, levels) always get
/// their full width and only <see cref="ColumnRole.Wrapped"/> columns (titles, names) wrap, Chinese-aware. When that
/// leaves a wrapped column fewer than <see cref="MinWrappedWidth"/> cells, a table would be a tall ribbon of two
/// characters a line, so the records are stacked instead: the whole columns on one line, each wrapped one indented below.
/// </summary>
internal sealed class ResponsiveTable : IRenderable
{
    /// <summary>Narrowest a wrapped column may get before the table gives way to stacked records: eight Han characters.</summary>
    public const int MinWrappedWidth = 16;

    private const int StackedIndent = 2;

    private readonly List<(string Header, ColumnRole Role, bool RightAligned)> _columns = [];
    private readonly List<string[]> _rows = [];

    public ResponsiveTable AddColumn(string header, ColumnRole role, bool rightAligned = false)
    {
        _columns.Add((header, role, rightAligned));
        return this;
    }

    /// <summary>One row of Spectre markup, a cell per column.</summary>
    public ResponsiveTable AddRow(params string[] cells)
    {
        if (cells.Length != _columns.Count)
            throw new ArgumentException($"Expected {_columns.Count} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public Measurement Measure(RenderOptions options, int maxWidth) => new(maxWidth, maxWidth);

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
        (ColumnWidths(maxWidth) is { } widths ? (IRenderable)Table(widths) : Stacked()).Render(options, maxWidth);

    /// <summary>The width of each column without padding, or null when the table does not fit in <paramref name="maxWidth"/>.</summary>
    internal int[]? ColumnWidths(int maxWidth)
    {
        // A rounded table draws n + 1 vertical lines and pads each cell by one cell on either side.
        var available = maxWidth - (_columns.Count + 1) - 2 * _columns.Count;
        var natural = _columns.Select((c, i) => _rows.Select(r => PlainWidth(r[i])).Append(PlainWidth(c.Header)).Max()).ToArray();
        var widths = (int[])natural.Clone();
        var wrapped = Enumerable.Range(0, _columns.Count).Where(i => _columns[i].Role == ColumnRole.Wrapped).ToList();
        var excess = widths.Sum() - available;
        // Take the excess from the widest wrapped column, one cell at a time, so wrapped columns end up equally narrow.
        while (excess > 0 && wrapped.Count > 0)
        {
            var widest = wrapped.MaxBy(i => widths[i]);
            if (widths[widest] <= MinWrappedWidth)
                return null;
            widths[widest]--;
            excess--;
        }
        return excess > 0 ? null : widths;
    }

    private Table Table(int[] widths)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = new TableColumn(_columns[i].Header).Width(widths[i]);
            if (_columns[i].RightAligned)
                column.RightAligned();
            table.AddColumn(column);
        }
        foreach (var row in _rows)
            table.AddRow(row.Select(cell => (IRenderable)new WrappedText(cell)));
        return table;
    }

    private Rows Stacked()
    {
        var lines = new List<IRenderable>();
        var whole = Enumerable.Range(0, _columns.Count).Where(i => _columns[i].Role == ColumnRole.Whole).ToList();
        var wrapped = Enumerable.Range(0, _columns.Count).Where(i => _columns[i].Role == ColumnRole.Wrapped).ToList();
        var indent = new string(' ', StackedIndent);
        foreach (var row in _rows)
        {
            lines.Add(new WrappedText(string.Join(" · ", whole.Select(i => row[i]).Where(c => c.Length > 0)), StackedIndent));
            for (var k = 0; k < wrapped.Count; k++)
            {
                var cell = row[wrapped[k]];
                if (cell.Length == 0)
                    continue;
                // The first wrapped column (the title) speaks for itself; later ones are labelled by their header.
                var label = k == 0 ? "" : Markup.Escape(_columns[wrapped[k]].Header) + "：";
                lines.Add(WrappedText.Hanging(indent + label, cell));
            }
        }
        return new Rows(lines);
    }

    private static int PlainWidth(string markup) => Markup.Remove(markup).GetCellWidth();
}

/// <summary>How a <see cref="ResponsiveTable"/> column gives way when the terminal is narrow.</summary>
internal enum ColumnRole
{
    /// <summary>Always shown whole (ids, dates, levels): cutting one would make it wrong or uncopyable.</summary>
    Whole,

    /// <summary>Text that wraps (titles, names).</summary>
    Wrapped,
}
