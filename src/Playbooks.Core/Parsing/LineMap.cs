namespace Playbooks.Core.Parsing;

/// <summary>Maps character offsets to 0-based line indexes and back, for text with <c>\n</c> line endings.</summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public LineMap(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
                _starts.Add(i + 1);
    }

    public int Count => _starts.Count;

    public int LineOf(int offset)
    {
        var index = _starts.BinarySearch(Math.Clamp(offset, 0, _text.Length));
        return index >= 0 ? index : ~index - 1;
    }

    public string Text(int line) => Span(line).ToString();

    /// <summary><see cref="Text"/> read in place.</summary>
    public ReadOnlySpan<char> Span(int line)
    {
        if (line < 0 || line >= _starts.Count)
            return "";
        var start = _starts[line];
        var end = line + 1 < _starts.Count ? _starts[line + 1] - 1 : _text.Length;
        return _text.AsSpan(start, end - start);
    }

    /// <summary>Lines [from, to) joined with \n.</summary>
    public string Slice(int from, int to) => SliceSpan(from, to).ToString();

    /// <summary><see cref="Slice"/> read in place.</summary>
    public ReadOnlySpan<char> SliceSpan(int from, int to)
    {
        from = Math.Clamp(from, 0, _starts.Count);
        to = Math.Clamp(to, from, _starts.Count);
        if (from == to)
            return "";
        var start = _starts[from];
        var end = to < _starts.Count ? _starts[to] - 1 : _text.Length;
        return end > start ? _text.AsSpan(start, end - start) : "";
    }
}
