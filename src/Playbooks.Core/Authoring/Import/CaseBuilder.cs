using System.Text.RegularExpressions;
using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring.Import;

/// <summary>The case <see cref="CaseImporter"/> is reading: its title, the lines of each part, and what to tell the user.</summary>
internal sealed partial class CaseBuilder
{
    private sealed record Segment(string Name, int Line, List<ImportLine> Lines);

    private sealed class PartBuilder(SectionKind kind, int line)
    {
        public SectionKind Kind { get; } = kind;
        public int Line { get; } = line;
        public List<Segment> Segments { get; } = [];
    }

    private string _title;
    private readonly int? _titleNumber;
    private readonly int _titleLevel;
    private readonly List<ImportLine> _intro = [];
    private readonly List<PartBuilder> _parts = [];
    private readonly List<string> _notes = [];
    private PartBuilder? _currentPart;

    /// <summary>A case opened by a title line (a candidate, or a plain line taken as the title).</summary>
    public CaseBuilder(ImportLine title)
    {
        StartLine = title.Number;
        if (title.Kind == LineKind.Candidate)
        {
            _title = title.Title;
            TitleStyle = title.TitleStyle;
            _titleNumber = title.Marker?.Number;
            _titleLevel = title.HeadingLevel;
        }
        else
        {
            _title = title.Text.Replace("**", "").Trim().Trim('【', '】', '「', '」').TrimEnd(':', '：').Trim();
            _notes.Add($"标题取自第 {title.Number} 行“{_title}”，请核对");
        }
    }

    /// <summary>A case whose first part has no title line before it; <paramref name="number"/> goes into the placeholder title.</summary>
    public CaseBuilder(int number, int firstPartLine)
    {
        StartLine = firstPartLine;
        _title = $"未命名案例 {number}";
        _notes.Add($"第 {firstPartLine} 行开始的案例没有标题，暂定为“{_title}”，请修改 title");
    }

    public int StartLine { get; }

    /// <summary>How the title was written (see <see cref="ImportLine.TitleStyle"/>); null when the case has no title line.</summary>
    public string? TitleStyle { get; }

    /// <summary>The part most recently started (the order parts appear in, which may differ from section order).</summary>
    public SectionKind LastKind { get; private set; }

    public void Append(ImportLine line)
    {
        if (_currentPart is null)
            _intro.Add(line);
        else
            _currentPart.Segments[^1].Lines.Add(line);
    }

    public void AddPart(ImportLine part)
    {
        var existing = _parts.FirstOrDefault(p => p.Kind == part.Part);
        if (existing is null)
        {
            existing = new PartBuilder(part.Part, part.Number);
            _parts.Add(existing);
        }
        existing.Segments.Add(new Segment(part.PartName, part.Number, []));
        if (part.PartRest.Length > 0)
            existing.Segments[^1].Lines.Add(ImportLine.Classify(part.Number, part.PartRest));
        _currentPart = existing;
        LastKind = part.Part;
    }

    /// <summary>Whether a "名称：正文" line moves the case on to a later part (otherwise it is a sentence of the current one).</summary>
    public bool Advances(ImportLine part) =>
        _parts.Count == 0 || (part.Part > LastKind && !(part.Marker is { } m && ContinuesList(m)));

    /// <summary>A part name that cannot continue this case: it goes back in the sequence, or starts it again.</summary>
    public bool Restarts(ImportLine part) =>
        _parts.Count > 0 && (part.Part < LastKind || part.Part == SectionKind.Background);

    public bool IsNextTitleNumber(ImportLine candidate) =>
        candidate.Form == TitleForm.Numbered && TitleStyle == candidate.TitleStyle
        && _titleNumber is { } n && candidate.Marker?.Number == n + 1;

    /// <summary>True when the candidate's number follows the last line numbered the same way in the current part.</summary>
    public bool ContinuesList(ImportLine candidate) => candidate.Marker is { } m && ContinuesList(m);

    private bool ContinuesList(Numbering.Marker marker)
    {
        if (_currentPart is null)
            return false;
        var previous = _currentPart.Segments[^1].Lines.LastOrDefault(l => l.Marker is { IsSubItem: false } p && p.Style == marker.Style);
        return previous?.Marker?.Number == marker.Number - 1;
    }

    /// <summary>
    /// Removes and returns the current part's last line when it reads like a title: in an article without
    /// numbered titles, the line above a new case's first part is that case's title.
    /// </summary>
    public ImportLine? TakeTrailingTitle()
    {
        var lines = _currentPart?.Segments[^1].Lines ?? _intro;
        var last = lines.FindLastIndex(l => !l.IsBlank);
        if (last < 0 || !CaseImporter.LooksLikeTitle(lines[last]))
            return null;
        var title = lines[last];
        lines.RemoveRange(last, lines.Count - last);
        return title;
    }

    /// <summary>
    /// Cuts page furniture off the end of the case (see <see cref="CaseImporter"/>) and returns the 1-based line
    /// range cut, or null when the case ends cleanly.
    /// </summary>
    public (int From, int To)? CutTrailer()
    {
        if (_currentPart is null)
            return null;
        var lines = _currentPart.Segments[^1].Lines;
        var lastByStyle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < lines.Count; k++)
        {
            if (!EndsCase(lines[k], lastByStyle))
                continue;
            var cut = lines.Skip(k).Where(l => !l.IsBlank).ToList();
            lines.RemoveRange(k, lines.Count - k);
            return cut.Count == 0 ? null : (cut[0].Number, cut[^1].Number);
        }
        return null;
    }

    private bool EndsCase(ImportLine line, Dictionary<string, int> lastByStyle)
    {
        if (line.IsBlank)
            return false;
        if (Rule().IsMatch(line.Text))
            return true;
        if (line.Kind == LineKind.Candidate && line.Form == TitleForm.Heading)
            return line.HeadingLevel <= (_titleLevel > 0 ? _titleLevel : 2);
        if (line.Kind == LineKind.Candidate && line.Marker is { IsSubItem: false } m)
        {
            // A numbered line that continues no list here is the article's next section, not a step.
            var continues = m.Number == 1 || (lastByStyle.TryGetValue(m.Style, out var previous) && previous == m.Number - 1);
            lastByStyle[m.Style] = m.Number;
            return !continues;
        }
        if (line.Marker is { IsSubItem: false } item)
            lastByStyle[item.Style] = item.Number;
        return line.Marker is null && TrailingNoise.IsNoise(line.Text);
    }

    public ImportedCase Build(int number)
    {
        if (_title.Length == 0)
        {
            _title = $"未命名案例 {number}";
            _notes.Add($"第 {StartLine} 行的标题是空的，暂定为“{_title}”，请修改 title");
        }
        var intro = _intro.SkipWhile(l => l.IsBlank).ToList();
        if (intro.Count > 0)
        {
            var background = _parts.FirstOrDefault(p => p.Kind == SectionKind.Background);
            if (background is null)
            {
                background = new PartBuilder(SectionKind.Background, intro[0].Number);
                background.Segments.Add(new Segment("（标题下的引言）", intro[0].Number, []));
                _parts.Add(background);
            }
            background.Segments[0].Lines.InsertRange(0, [.. intro, ImportLine.Classify(0, "")]);
            _notes.Add("标题和第一个小标题之间的文字已放进“背景”");
        }

        var parts = new List<ImportedPart>();
        foreach (var part in _parts.OrderBy(p => p.Kind))
        {
            var merged = part.Segments.Count > 1;
            if (merged)
                _notes.Add($"{string.Join("", part.Segments.Select(s => $"“{s.Name}”"))}都归入“{part.Kind.ChineseName()}”，已合并，各段前保留了原小标题");
            var text = part.Segments.SelectMany(s => merged
                ? [$"**{s.Name}**", "", .. s.Lines.Select(l => l.Text), ""]
                : s.Lines.Select(l => l.Text));
            var heading = string.Join("、", part.Segments.Select(s => s.Name).Distinct());
            parts.Add(new ImportedPart(part.Kind, heading, part.Line, PartFormatter.Format(text)));
        }
        return new ImportedCase(number, _title, StartLine, parts, _notes);
    }

    [GeneratedRegex(@"^(?:[-*_=]\s*){3,}$")]
    private static partial Regex Rule();
}
