using System.Text;
using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring;

/// <summary>
/// Writes a <see cref="PlaybookDraft"/> as a playbook file: complete front matter (<c>draft: true</c>), the title
/// as H1, and the five sections under their canonical headings, each with its guidance comment. The result parses
/// without errors; empty sections are only warnings because the file is a draft.
/// </summary>
public static class PlaybookTemplate
{
    /// <summary>The file text, with LF line endings and a final newline.</summary>
    public static string Render(PlaybookDraft draft)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"id: {draft.Id}\n");
        text.Append($"title: {YamlScalar.Write(draft.Title)}\n");
        Field(text, "category", draft.Category, $"待填写，可选：{string.Join("、", AuthoringDefaults.DocumentedCategories)}");
        text.Append(draft.Tags.Count > 0
            ? $"tags: [{string.Join(", ", draft.Tags.Select(t => YamlScalar.Write(t)))}]\n"
            : "tags: []  # 待填写：3–8 个值班同学会说的词，如 [刷屏, 广告, 炸群]\n");
        Field(text, "severity", draft.SeverityLabel ?? draft.Severity?.ChineseName() ?? "", "待填写：低 / 中 / 高 / 严重");
        Field(text, "owner", draft.Owner, "待填写：负责维护的角色，如 社群运营主管");
        text.Append($"updated: {draft.Updated:yyyy-MM-dd}\n");
        if (!string.IsNullOrWhiteSpace(draft.Source))
            text.Append($"source: {YamlScalar.Write(draft.Source.Trim())}\n");
        text.Append("draft: true\n");
        text.Append("---\n\n");
        text.Append($"# {draft.Title}\n");

        foreach (var kind in SectionKinds.All)
        {
            text.Append($"\n## {kind.ChineseName()}\n\n");
            text.Append(SectionGuidance.Comment(kind)).Append('\n');
            if (draft.Sections.TryGetValue(kind, out var markdown) && !string.IsNullOrWhiteSpace(markdown))
                text.Append('\n').Append(markdown.Trim()).Append('\n');
        }
        return text.ToString();
    }

    // An unknown value is written as an empty field with a hint, so the file shows what is left to fill in
    // (lint reports it as a warning) instead of carrying an invented value.
    private static void Field(StringBuilder text, string key, string value, string hint) =>
        text.Append(string.IsNullOrWhiteSpace(value) ? $"{key}:  # {hint}\n" : $"{key}: {YamlScalar.Write(value.Trim())}\n");
}
