using Playbooks.Core.Authoring;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// A section that still shows what <c>playbooks new</c> scaffolded: the hint with its comment markers deleted (so it is
/// visible, indexed and looks written) or a 待填写 placeholder. An operator who opens the SOP mid-incident finds
/// instructions for the author instead of for the incident. A hint left as a comment is invisible and the section is
/// empty, which the empty-section check already reports.
/// </summary>
internal static class TemplateHintCheck
{
    // The first sentence of each hint is what survives when someone deletes only the comment markers.
    private static readonly string[] Hints = SectionKinds.All.Select(k => FirstSentence(SectionGuidance.For(k))).ToArray();

    private const string Placeholder = "待填写";

    public static IEnumerable<SopFinding> Check(Playbook playbook)
    {
        foreach (var section in playbook.Sections.Where(s => !s.IsEmpty))
        {
            var lines = SectionItems.Lines(playbook, section);
            var hit = lines.FirstOrDefault(l => Hints.Any(h => l.Text.Contains(h, StringComparison.Ordinal)) || l.Text.Contains(Placeholder, StringComparison.Ordinal));
            if (hit.Line == 0)
                continue;
            var column = hit.Text.IndexOf(Placeholder, StringComparison.Ordinal) is var p and >= 0 ? p + 1 : hit.Text.Length - hit.Text.TrimStart().Length + 1;
            yield return new SopFinding(FindingCodes.TemplateHint, hit.Line, column,
                $"章节“{section.Heading}”里还是模板的写作提示：值班同学翻到这里只看到“写什么”，看不到该怎么处理",
                $"把提示换成这次事故的实际内容（提示要写的东西见 playbooks/README.md 的章节表）；还没写完就在 front matter 设 `draft: true`");
        }
    }

    private static string FirstSentence(string hint)
    {
        var end = hint.IndexOfAny(['：', '。', '，']);
        return end > 0 ? hint[..end] : hint;
    }
}
