using System.Text.RegularExpressions;
using Playbooks.Core.Model;
using Playbooks.Core.SopChecks;

namespace Playbooks.Core.References;

/// <summary>
/// Finds where a playbook names another one, in the forms that clearly are references (never a loose word): an id
/// alone in （）/() as the site links them (PlaybookReferences), a relative Markdown link to a .md file, and a title in
/// 《》. Whether the target exists is for <see cref="DanglingReferences"/> to decide, across the knowledge base.
/// </summary>
/// <remarks>
/// Reads the sections' lines as the SOP checks do (<see cref="SectionItems.Lines"/>: HTML comments and fenced code
/// blanked), with inline code blanked too: an example in backticks is not a reference. Adapted from the recogniser
/// of the anchor-text ranking experiment (tag experiment/anchor-text), which also read bare ids; those are left out
/// here, as a hyphenated English word in running text is not clearly a reference.
/// </remarks>
public static partial class CrossReferences
{
    public static IReadOnlyList<CrossReference> In(Playbook playbook)
    {
        var found = new List<CrossReference>();
        // Most playbooks name nothing: one scan of the whole text decides (lint reads every file).
        if (!AnyPointer().IsMatch(playbook.RawText))
            return found;
        foreach (var section in playbook.Sections)
            foreach (var (line, raw) in SectionItems.Lines(playbook, section))
                if (AnyPointer().IsMatch(raw))
                    Scan(line, InlineCode().Replace(raw, m => new string(' ', m.Length)), found);
        found.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return found;
    }

    private static void Scan(int line, string text, List<CrossReference> found)
    {
        foreach (Match link in MarkdownLink().Matches(text))
            found.Add(new(ReferenceForm.Link, line, link.Index + 1, link.Value, link.Groups["path"].Value, Cued: false));
        // Blanked, not removed, so the columns of what follows stay right; a link's text is not searched again.
        var rest = MarkdownLink().Replace(text, m => new string(' ', m.Length));
        foreach (Match id in BracketedId().Matches(rest))
            found.Add(new(ReferenceForm.Id, line, id.Index + 1, id.Value, id.Groups["id"].Value, CuedBefore(rest, id.Index)));
        foreach (Match title in QuotedTitle().Matches(rest))
            found.Add(new(ReferenceForm.Title, line, title.Index + 1, title.Value, title.Groups["title"].Value.Trim(),
                CuedBefore(rest, title.Index) || CuedAfter(rest, title.Index + title.Length)));
    }

    // 预案 or SOP right before (spaces aside): checked by hand on the span, as a regex or a substring per match would make
    // a hostile line of 100 000 bracketed ids quadratic.
    private static bool CuedBefore(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.EndsWith("预案", StringComparison.Ordinal) || before.EndsWith("SOP", StringComparison.OrdinalIgnoreCase);
    }

    private static bool CuedAfter(string text, int index)
    {
        var after = text.AsSpan(index).TrimStart();
        return after.StartsWith("预案", StringComparison.Ordinal) || after.StartsWith("SOP", StringComparison.OrdinalIgnoreCase);
    }

    // What every reference contains: a hyphen inside an id, a link to a .md file, or 《.
    [GeneratedRegex(@"[a-z0-9]-[a-z0-9]|\.md\b|《")]
    private static partial Regex AnyPointer();

    // [text](some/path.md) or (path.md#anchor), relative: no scheme (http://…/x.md is another site's page). Bounded
    // lengths: a line of 100 000 unclosed "[a](" must stay linear (each '[' would otherwise scan the rest of the line).
    [GeneratedRegex(@"(?<!!)\[[^\]\n]{0,200}\]\(\s*(?<path>[^)\s#?:<>]{1,300}\.md)(?:#[^)\s]{0,100})?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownLink();

    // An id alone in full- or half-width brackets: lower case, with at least one hyphen, as ids are.
    [GeneratedRegex(@"[（(]\s*(?<id>[a-z0-9]+(?:-[a-z0-9]+)+)\s*[）)]")]
    private static partial Regex BracketedId();

    [GeneratedRegex(@"《(?<title>[^《》\n]{2,60})》")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();
}
