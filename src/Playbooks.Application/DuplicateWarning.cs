using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Search.Authoring;

namespace Playbooks.Application;

/// <summary>How a likely duplicate is told to the user: one sentence for <c>new</c>, a finding for <c>lint</c>.</summary>
public static class DuplicateWarning
{
    public const string Code = "possible-duplicate";

    /// <summary>“与 refund-wave 高度相似（0.82）：考虑补充到已有预案，而不是新建”, with the sections the words were found in.</summary>
    public static string Message(DuplicateMatch match) =>
        $"与 {match.Id}（{match.Title}）高度相似（{match.Similarity:0.00}）"
        + (match.Sections.Count > 0 ? $"，重合章节：{string.Join("、", match.Sections)}" : "")
        + "：考虑补充到已有预案，而不是新建";

    public static Finding Finding(string path, Playbook playbook, DuplicateMatch match) =>
        new(path, TitleLine(playbook), 1, FindingLevel.Warning, Code, Message(match),
            $"同一类事故请合并到 {match.Path}；确实不同就改写标题和标签，写清区别（只是提醒，不影响使用；--no-similar-check 可跳过）");

    private static int TitleLine(Playbook playbook)
    {
        var lines = playbook.RawText.Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, 200); i++)
            if (lines[i].TrimStart().StartsWith("title:", StringComparison.Ordinal))
                return i + 1;
        return 1;
    }
}
